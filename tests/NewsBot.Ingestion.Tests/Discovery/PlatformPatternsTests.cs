using NewsBot.Ingestion.Discovery;

namespace NewsBot.Ingestion.Tests.Discovery;

public sealed class PlatformPatternsTests
{
    [Theory]
    [InlineData("https://www.youtube.com/channel/UCabc123", null, "https://www.youtube.com/feeds/videos.xml?channel_id=UCabc123")]
    [InlineData("https://medium.com/@quarry-notes", null, "https://medium.com/feed/@quarry-notes")]
    [InlineData("https://harbour.substack.com/p/some-post", null, "https://harbour.substack.com/feed")]
    [InlineData("https://valley.blogspot.com/", null, "https://valley.blogspot.com/feeds/posts/default")]
    [InlineData("https://ferry.tumblr.com/", null, "https://ferry.tumblr.com/rss")]
    [InlineData("https://courier.example/", "WordPress 6.8", "https://courier.example/feed/")]
    [InlineData("https://courier.example/", "Blogger", "https://courier.example/feeds/posts/default")]
    public void ForPlatform_KnownPlatform_FirstCandidateIsItsFeed(string page, string? generator, string expected)
    {
        var links = PageLinks.None with { Generator = generator };

        Assert.Equal(new Uri(expected), PlatformPatterns.ForPlatform(new Uri(page), links).First());
    }

    [Fact]
    public void ForPlatform_YouTubeHandlePageWithCanonicalChannel_UsesTheCanonical()
    {
        var links = PageLinks.None with { Canonical = new Uri("https://www.youtube.com/channel/UCxyz") };

        Assert.Equal(new Uri("https://www.youtube.com/feeds/videos.xml?channel_id=UCxyz"), Assert.Single(PlatformPatterns.ForPlatform(new Uri("https://www.youtube.com/@ferry"), links)));
    }

    [Fact]
    public void ForPlatform_WordPressCategoryPage_TriesTheCategoryFeedFirst()
    {
        var links = PageLinks.None with { Generator = "WordPress 6.8" };

        Assert.Equal(
            ["https://courier.example/category/world/feed/", "https://courier.example/feed/", "https://courier.example/?feed=rss2"],
            PlatformPatterns.ForPlatform(new Uri("https://courier.example/category/world/"), links).Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void ForPlatform_UnknownSite_NoCandidates() =>
        Assert.Empty(PlatformPatterns.ForPlatform(new Uri("https://courier.example/"), PageLinks.None));
}
