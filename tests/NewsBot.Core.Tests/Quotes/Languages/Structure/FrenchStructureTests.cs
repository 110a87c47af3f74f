namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>French news passages of several paragraphs and people: who speaks, who is only told or named, and when to abstain. Invented people and outlets.</summary>
public sealed class FrenchStructureTests
{
    private const string Mayor = "Le maire de Valbourg, Paul Girard, a visité le quai lundi avec les pêcheurs.";

    [Theory]
    [InlineData("« Les travaux commenceront bientôt », a-t-il ajouté.")]
    [InlineData("« Les travaux commenceront bientôt », a déclaré le maire.")]
    [InlineData("« Les travaux commenceront bientôt », a déclaré l’édile à Marie Dupont.")]
    [InlineData("« Les travaux commenceront bientôt », a déclaré Girard à Marie Dupont.")]
    [InlineData("« Marie Dupont a raison : les travaux commenceront bientôt », a déclaré le maire.")]
    [InlineData("« J’ai parlé avec Marie Dupont et les travaux commenceront bientôt », a précisé Girard.")]
    [InlineData("Pour le maire, « les travaux commenceront bientôt ».")]
    [InlineData("D’après le maire, « les travaux commenceront bientôt ».")]
    public void Extract_MayorNamedBeforeThenAnotherParagraph_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", Mayor, "« Nous avons perdu deux bateaux », a-t-il dit aux journalistes.", "La commune a débloqué deux millions d’euros pour le quai.", sentence);

        Assert.Equal("Paul Girard", analysis.SpeakerContaining("travaux commenceront"));
    }

    [Fact]
    public void Extract_NewSpeakerQuotedBetween_TheNewSpeakerContinues()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", Mayor, "« Nous avons perdu deux bateaux », a-t-il dit aux journalistes.",
            "« Le port n’est pas sûr », a affirmé de son côté Marie Dupont, présidente de la coopérative des pêcheurs.",
            "« Il nous faut de nouveaux filets », a-t-elle ajouté.");

        Assert.Equal("Marie Dupont", analysis.SpeakerContaining("nouveaux filets"));
    }

    [Fact]
    public void Extract_TwoPeopleThenPronounOfNeitherGender_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "Le maire Paul Girard et l’adjoint Luc Moreau ont visité le quai lundi.",
            "« Les travaux commenceront bientôt », a-t-il ajouté.");

        Assert.Null(analysis.SpeakerContaining("travaux commenceront"));
    }

    [Theory]
    [InlineData("« Les travaux commenceront bientôt », a déclaré le maire.", "Paul Girard")]
    [InlineData("« Les travaux commenceront bientôt », a déclaré l’adjoint.", "Luc Moreau")]
    [InlineData("« Les travaux commenceront bientôt », a déclaré l'adjoint.", "Luc Moreau")]
    public void Extract_RoleNounWithTwoPeopleNamed_ThePersonOfThatRole(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr", "Le maire Paul Girard et l’adjoint Luc Moreau ont visité le quai lundi.", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("travaux commenceront"));
    }

    [Theory]
    [InlineData("Selon l’entourage du maire, « les travaux commenceront bientôt ».")]
    [InlineData("Selon l’entourage de Paul Girard, « les travaux commenceront bientôt ».")]
    [InlineData("« Les travaux commenceront bientôt », indique-t-on à la mairie.")]
    public void Extract_UnnamedSources_NoSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", "La commune a débloqué deux millions d’euros pour le quai.", sentence);

        Assert.Null(analysis.SpeakerContaining("travaux commenceront"));
    }

    [Theory]
    [InlineData("« Les travaux commenceront bientôt », a déclaré Paul Girard à Marie Dupont.", "Paul Girard")]
    [InlineData("Paul Girard a déclaré à Marie Dupont : « Les travaux commenceront bientôt ».", "Paul Girard")]
    [InlineData("D’après l’adjointe Marie Dupont, « les travaux commenceront bientôt ».", "Marie Dupont")]
    [InlineData("« Les travaux commenceront bientôt », a assuré l’adjointe Marie Dupont.", "Marie Dupont")]
    [InlineData("« Les travaux commenceront bientôt », a assuré Marie-Claire Dupont-Moreau.", "Marie-Claire Dupont-Moreau")]
    [InlineData("« Les travaux commenceront bientôt », a assuré le ministre de la Mer, Jean-Luc Faure.", "Jean-Luc Faure")]
    public void Extract_SpeakerNamedInTheSentence_ThatSpeaker(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("travaux commenceront"));
    }

    [Theory]
    [InlineData("« Les travaux commenceront bientôt », a indiqué la mairie.")]
    [InlineData("La mairie a indiqué que « les travaux commenceront bientôt ».")]
    public void Extract_BodyAsSpeaker_NotThePersonNamedBefore(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("fr", Mayor, "La commune a débloqué deux millions d’euros pour le quai.", sentence);

        Assert.NotEqual("Paul Girard", analysis.SpeakerContaining("travaux commenceront"));
    }
}
