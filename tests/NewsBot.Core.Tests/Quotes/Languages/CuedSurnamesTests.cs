using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`„…“, sagt Albers.`: a surname alone as a quote's speaker names a person elsewhere in the article. Invented people.</summary>
public sealed class CuedSurnamesTests
{
    [Theory]
    [InlineData("„Früher lagen hier zwanzig Kutter“, sagt Albers.", "Albers")]
    [InlineData("„Früher lagen hier zwanzig Kutter“, sagt Albers und lacht.", "Albers")]
    [InlineData("„Früher lagen hier zwanzig Kutter“, sagt Hauke Albers.", null)]
    [InlineData("Albers sagt, früher lagen hier zwanzig Kutter.", null)]
    public void Find_WordAfterAReportingVerbAfterAQuote_OnlyALoneSubject(string text, string? expected)
    {
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        var found = CuedSurnames.Find(text, words, German.Knowledge, _ => true).ToList();

        Assert.Equal(expected is null ? [] : [expected], found);
    }

    [Fact]
    public void Extract_SurnameCuedElsewhereAsSubject_HeGoesBackToHim()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bürgermeisterin Hinrichs spricht von einer Entwicklung. „Wir können den Hafen erhalten“, sagt sie.",
            "„Mein Sohn verdient bei der Werft mehr als ich“, sagt Albers.",
            "Die Bürgermeisterin hört das nicht gern. Albers hat sein Netz fertig. „Noch ein Winter, dann sehen wir weiter“, sagt er.",
            "Der Hafen bleibt vorerst offen.");

        Assert.Equal("Albers", analysis.SpeakerOf("Noch ein Winter"));
    }
}
