namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A quote after a sentence of reported speech whose last clause names the source. Invented people.</summary>
public sealed class TrailingAttributionTests
{
    [Theory]
    [InlineData("de", "Der Plan koste mehr als gedacht, so Jonas Weber. „Wir haben keine Wahl.“", "Wir haben", "Jonas Weber")]
    [InlineData("de", "Er sitze nun den ganzen Tag im Zug, sagt Paul Kramer. „Und dafür zahle ich mehr.“", "Und dafür", "Paul Kramer")]
    [InlineData("fr", "Le projet coûtera plus cher que prévu, a précisé Marie Dupont. « Nous n’avons pas le choix. »", "Nous n’avons", "Marie Dupont")]
    [InlineData("es", "El proyecto costará más de lo previsto, dijo Luis Romero. “No tenemos otra opción.”", "No tenemos", "Luis Romero")]
    public void Extract_QuoteAfterReportedSpeechEndingInItsSource_TheSource(string language, string paragraph, string opening, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(opening));
    }

    [Fact]
    public void Extract_QuoteAfterReportedSpeechEndingInAPronoun_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Der Plan koste mehr als gedacht, sagte sie. „Wir haben keine Wahl.“");

        Assert.Null(analysis.SpeakerOf("Wir haben"));
    }
}
