namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Italian's subject after an intransitive compound tense (`è intervenuto anche il premier, X`) opens its clause, and a
/// following quote with a dropped subject (`ha detto a margine di un incontro`) is that person's. Invented people.
/// </summary>
public sealed class ItalianInvertedSubjectTests
{
    [Theory]
    [InlineData("In serata è intervenuto anche il premier, Lucio Varrone.")]
    [InlineData("In serata è intervenuto il premier Lucio Varrone.")]
    public void Extract_DroppedSubjectAfterAnInvertedCompoundTense_ThatSubject(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«La riforma è scritta per gli studi legali», ha detto la deputata Marta Zanichelli.",
            sentence + " «Il ministro ha tutta la mia fiducia», ha detto a margine di un incontro.");

        Assert.Equal("Lucio Varrone", analysis.SpeakerOf("Il ministro ha tutta"));
    }

    [Fact]
    public void Extract_OccasionAfterTheVerb_NotReadAsARecipient()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il premier Lucio Varrone è arrivato in serata. «Il ministro ha tutta la mia fiducia», ha detto a margine di un incontro.");

        Assert.Equal("Lucio Varrone", analysis.SpeakerOf("Il ministro ha tutta"));
    }
}
