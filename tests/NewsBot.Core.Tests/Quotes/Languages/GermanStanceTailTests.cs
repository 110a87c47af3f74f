using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`„…“, ist sich Geschäftsführerin Anna Berg sicher.`: a stance tail without a verb of saying names the quote's holder. Invented people.</summary>
public sealed class GermanStanceTailTests
{
    [Theory]
    [InlineData("„Die neue Halle wird im Herbst fertig“, ist sich Geschäftsführerin Thea Wollenweber sicher.", "Thea Wollenweber")]
    [InlineData("„Die neue Halle wird im Herbst fertig“, ist Thea Wollenweber überzeugt.", "Thea Wollenweber")]
    [InlineData("„Die neue Halle wird im Herbst fertig“, blieb Thea Wollenweber am Abend gelassen.", "Thea Wollenweber")]
    [InlineData("„Die neue Halle wird im Herbst fertig“, ist sich die Geschäftsführerin sicher.", "Thea Wollenweber")]
    public void Extract_StanceTailAfterAnotherSpeakersQuote_TheTailsSubject(string paragraph, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Geschäftsführerin Thea Wollenweber stellte den Plan am Montag vor.",
            "„Wir haben lange darauf gewartet“, sagte Bürgermeister Konrad Eschweiler.",
            paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf("Die neue Halle"));
    }

    [Theory]
    [InlineData(", ist sich Geschäftsführerin Thea Wollenweber sicher.", true)]
    [InlineData(", ist Wollenweber zuversichtlich, dass es klappt.", true)]
    [InlineData(", ist die Lage ernst.", false)]
    [InlineData(", ist sich sicher.", false)]
    [InlineData(", ist Wollenweber sicher zur Sitzung gekommen.", false)]
    public void Opens_TailWords_OnlyACopulaClosedByAStanceAdjective(string tail, bool expected)
    {
        var words = WordTokenizer.Tokenize(tail, 0, tail.Length);

        Assert.Equal(expected, GermanStanceTail.Opens(tail, words, German.Knowledge));
    }

    [Fact]
    public void Opens_FrenchTail_False()
    {
        const string tail = ", est sûr Pierre Dupont.";

        Assert.False(GermanStanceTail.Opens(tail, WordTokenizer.Tokenize(tail, 0, tail.Length), French.Knowledge));
    }
}
