using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Sources;

public sealed class SourceLocationTests
{
    [Fact]
    public void Parse_HttpsUrl_IsNotAFile()
    {
        var location = SourceLocation.Parse("https://news.example/world/feed.xml");

        Assert.False(location.IsFile);
        Assert.Equal("https://news.example/world/feed.xml", location.Display);
    }

    [Fact]
    public void Parse_RelativePath_ResolvesAgainstBaseDirectory()
    {
        var location = SourceLocation.Parse("feeds/local.xml", "/srv/newsbot");

        Assert.True(location.IsFile);
        Assert.Equal("/srv/newsbot/feeds/local.xml", location.Display);
    }

    [Theory]
    [InlineData("ftp://files.example/feed.xml", "unsupported scheme")]
    [InlineData("file:///etc/passwd", "unsupported scheme")]
    [InlineData("http://", "not a valid URL")]
    [InlineData("https://exa mple.org/", "not a valid URL")]
    [InlineData("   ", "empty")]
    public void Parse_BadInput_ThrowsNamingTheReason(string input, string reason)
    {
        var error = Assert.Throws<SourceException>(() => SourceLocation.Parse(input));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLink_RelativeLinkInLocalFeed_ResolvesToFile()
    {
        var feed = SourceLocation.Parse("/srv/samples/feeds/a.xml");

        var link = SourceLocation.FromLink("../articles/b.html", feed);

        Assert.NotNull(link);
        Assert.Equal("/srv/samples/articles/b.html", link.Display);
    }

    [Fact]
    public void FromLink_FileLinkInRemoteFeed_IsRefused()
    {
        var feed = SourceLocation.Parse("https://news.example/feed.xml");

        Assert.Null(SourceLocation.FromLink("file:///etc/passwd", feed));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:desk@news.example")]
    [InlineData("")]
    public void FromLink_NonWebLink_IsNull(string link)
    {
        var feed = SourceLocation.Parse("https://news.example/feed.xml");

        Assert.Null(SourceLocation.FromLink(link, feed));
    }

    [Fact]
    public void FromLink_RelativeLinkInRemoteFeed_ResolvesAgainstFeedUrl()
    {
        var feed = SourceLocation.Parse("https://news.example/world/feed.xml");

        Assert.Equal("https://news.example/world/story-1", SourceLocation.FromLink("story-1", feed)!.Display);
    }
}
