using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class WordOccurrencesTests
{
    [Fact]
    public void Before_WordInsideLongerWords_YieldsOnlyWholeWords()
    {
        const string text = "Die Hamburgerin Lena Vogt und der Hamburger Tjark Evers; Hamburgers Hafen.";

        var found = WordOccurrences.Before(text, "Hamburger", text.Length).ToList();

        Assert.Equal([text.IndexOf("Hamburger Tjark", StringComparison.Ordinal)], found);
    }

    [Fact]
    public void Before_OccurrenceAtOrAfterPosition_IsLeftOut()
    {
        const string text = "the Dubliner said; later the Dubliner left";
        var second = text.LastIndexOf("Dubliner", StringComparison.Ordinal);

        var found = WordOccurrences.Before(text, "Dubliner", second).ToList();

        Assert.Equal([4], found);
    }

    [Fact]
    public void Before_WordAtTextEdges_CountsAsWhole()
    {
        const string text = "Lyonnais et Lyonnais";

        Assert.Equal([0, 12], WordOccurrences.Before(text, "Lyonnais", text.Length).ToList());
    }
}
