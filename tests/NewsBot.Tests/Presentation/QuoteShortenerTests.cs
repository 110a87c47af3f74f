using NewsBot.Presentation;

namespace NewsBot.Tests.Presentation;

public sealed class QuoteShortenerTests
{
    private const string Long = "We will not close the harbour while a single ferry still needs a berth, and I have told the council so twice.";

    [Fact]
    public void Shorten_LongQuote_CutsAtWordBoundaryWithVerbatimPrefix()
    {
        var shortened = QuoteShortener.Shorten(Long, 40);

        Assert.True(shortened.Length <= 40);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        var prefix = shortened[..^1];
        Assert.StartsWith(prefix, Long, StringComparison.Ordinal);
        Assert.True(char.IsWhiteSpace(Long[prefix.Length]), $"cut inside a word: '{prefix}'");
        Assert.Equal("We will not close the harbour while a…", shortened);
    }

    [Fact]
    public void Shorten_FitsAlready_ReturnsSameText()
    {
        Assert.Same(Long, QuoteShortener.Shorten(Long, Long.Length));
    }

    [Fact]
    public void Shorten_CutJustBeforeASpace_KeepsTheWholeLastWord()
    {
        Assert.Equal("one two…", QuoteShortener.Shorten("one two three", 8));
    }

    [Fact]
    public void Shorten_OneUnbrokenWord_CutsWithoutSplittingASurrogatePair()
    {
        var emoji = string.Concat(Enumerable.Repeat("🚢", 20));

        var shortened = QuoteShortener.Shorten(emoji, 10);

        Assert.True(shortened.Length <= 10);
        Assert.Equal("🚢🚢🚢🚢…", shortened);
    }
}
