namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A sentence opening `Una delle socie, …,` or `Uno de los vecinos, …,` has written its subject, one of a group no one named, so
/// the quote is no one's rather than the person named before. Invented people.
/// </summary>
public sealed class PartitiveSubjectTests
{
    [Theory]
    [InlineData("it", "Il pm Laura Fenoglio ha chiesto sei anni per l'ex sindaco.", "Una delle socie, presente in aula, ha commentato: «Speriamo in una sentenza giusta».")]
    [InlineData("it", "Il pm Laura Fenoglio ha chiesto sei anni per l'ex sindaco.", "Uno dei clienti del sig. Bardelli, presente in aula, ha commentato: «Speriamo in una sentenza giusta».")]
    public void Extract_SentenceOpensWithOneOfAGroup_SpeakerIsNull(string language, string before, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Null(analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_ItalianPluralVerbWithDroppedSubject_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Giulia Neri, studentessa di 22 anni, racconta di pagare 600 euro per una stanza.",
            "Dal ministero fanno sapere che i fondi «sono già stati stanziati».");

        Assert.Null(analysis.SpeakerOf("sono già stati"));
    }
}
