using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Interviews that lead each answer with the interviewee's initials (`N. B. : …`, `J.-M. D. : …`) give the answer to the one
/// person named before with those initials; two such people leave the label as written. Invented people.
/// </summary>
public sealed class InitialsLabelTests
{
    private static readonly string[] DoctorInterview =
    [
        "La Gazette : Vous partez sans remplaçant. Comment le vivez-vous ?",
        "N. B. : Mal, je ne vais pas vous mentir. J'ai mille quatre cents patients et personne pour les suivre.",
        "La Gazette : Pourquoi les jeunes médecins ne viennent-ils pas ?",
        "N. B. : Ce n'est pas la campagne qui leur fait peur, c'est la solitude. Je les comprends.",
        "La Gazette : Regrettez-vous votre choix ?",
        "N. B. : Jamais. Je soigne aujourd'hui les petits-enfants de mes premiers patients.",
    ];

    [Fact]
    public void Extract_AnswerLedByInitials_TheIntervieweeNamedBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            ["Médecin à Valbourg depuis 1998, Nadine Berthier part à la retraite. Elle nous a reçus dans son cabinet.", .. DoctorInterview]);

        Assert.Equal("Nadine Berthier", analysis.SpeakerContaining("Mal, je ne vais pas"));
    }

    [Fact]
    public void Extract_HyphenatedGivenNameInitials_ThePerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Jean-Marc Duval dirige le port de Valbourg depuis vingt ans. Il nous a reçus sur le quai.",
            "La Gazette : Le bac reprendra-t-il cet été ?",
            "J.-M. D. : Oui, dès le premier juillet, si la digue tient jusque-là.",
            "La Gazette : Les tarifs vont-ils augmenter ?",
            "J.-M. D. : Non. Nous avons promis aux habitants de garder le même prix jusqu'en 2028.",
            "La Gazette : Et les saisonniers ?",
            "J.-M. D. : Je les embauche dès lundi, comme chaque année depuis vingt ans.");

        Assert.Equal("Jean-Marc Duval", analysis.SpeakerContaining("Oui, dès le premier"));
    }

    [Fact]
    public void Extract_TwoPeopleWithTheInitials_NotEither()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            ["Nadine Berthier et Nicolas Bonnet tiennent ensemble le cabinet de Valbourg. Ils nous ont reçus samedi.", .. DoctorInterview]);

        Assert.NotEqual("Nadine Berthier", analysis.SpeakerContaining("Mal, je ne vais pas"));
        Assert.NotEqual("Nicolas Bonnet", analysis.SpeakerContaining("Mal, je ne vais pas"));
    }
}
