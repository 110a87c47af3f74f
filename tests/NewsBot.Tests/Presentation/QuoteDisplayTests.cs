using NewsBot.Presentation;

namespace NewsBot.Tests.Presentation;

public sealed class QuoteDisplayTests
{
    [Theory]
    [InlineData("We will build it,", "We will build it")]
    [InlineData("We will build it —", "We will build it")]
    [InlineData("We will build it;", "We will build it")]
    [InlineData("We will build it.", "We will build it.")]
    [InlineData("Will we build it?", "Will we build it?")]
    [InlineData(", and we will build it", "…and we will build it")]
    [InlineData("and then the ferry stopped,", "…and then the ferry stopped")]
    [InlineData("élan is what we need", "…élan is what we need")]
    [InlineData("…and then", "…and then")]
    [InlineData("2026 will be the year", "2026 will be the year")]
    [InlineData("“Quoted” inside", "“Quoted” inside")]
    [InlineData(",", ",")]
    public void Text_QuoteAsStored_TrimmedForDisplay(string stored, string shown) =>
        Assert.Equal(shown, QuoteDisplay.Text(stored));

    [Fact]
    public void Text_Quote_LeavesTheStoredSpanVerbatim()
    {
        var quote = InventedStories.KeyQuote("we will,");

        Assert.Equal("…we will", QuoteDisplay.Text(quote));
        Assert.Equal("we will,", quote.Text);
    }
}
