using System.Text;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedParserRejectionTests
{
    private readonly FeedParser parser = new();

    [Fact]
    public void Parse_HtmlPage_ThrowsFeedFormatExceptionSayingHtml()
    {
        var ex = Assert.Throws<FeedFormatException>(() => parser.Parse(FeedFixtures.Bytes("not-a-feed.html"), null));

        Assert.Equal("The document is an HTML page, not a feed.", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    public void Parse_EmptyBody_ThrowsFeedFormatExceptionSayingEmpty(string body)
    {
        var ex = Assert.Throws<FeedFormatException>(() => parser.Parse(Encoding.UTF8.GetBytes(body), null));

        Assert.Equal("The document is empty.", ex.Message);
    }

    [Fact]
    public void Parse_PlainText_ThrowsFeedFormatException()
    {
        var ex = Assert.Throws<FeedFormatException>(() => parser.Parse("Service temporarily unavailable"u8, null));

        Assert.Contains("neither XML nor JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OversizedBody_ThrowsFeedFormatException()
    {
        var body = new byte[FeedParser.MaxBodyBytes + 1];

        var ex = Assert.Throws<FeedFormatException>(() => parser.Parse(body, null));

        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_XmlWithUnknownRoot_ReturnsEmptyFeedWithWarning()
    {
        var feed = parser.Parse("<inventory><shelf/></inventory>"u8, null);

        Assert.Equal("unknown", feed.Format);
        Assert.Empty(feed.Items);
        Assert.Contains(feed.Warnings, w => w.Contains("<inventory>", StringComparison.Ordinal));
    }
}
