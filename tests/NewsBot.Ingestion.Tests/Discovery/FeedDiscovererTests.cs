using NewsBot.Testing;
using NewsBot.Testing.Sites;

namespace NewsBot.Ingestion.Tests.Discovery;

/// <summary>Discovery on invented loopback sites of the usual shapes.</summary>
public sealed class FeedDiscovererTests
{
    [Fact]
    public async Task DiscoverAsync_HomepageWithSeveralAlternates_FindsEveryKindCommentsLast()
    {
        await using var server = (await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken)).WithSeveralFeeds();
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Equal(["rss", "atom", "json-feed", "rss"], result.Feeds.Select(f => f.Kind));
        Assert.Equal(server.Url("/atom"), result.Feeds[1].Url);
        Assert.Equal([false, false, false, true], result.Feeds.Select(f => f.IsComments));
        Assert.Equal(12, result.Feeds[0].ItemCount);
        Assert.Equal(FakeFeeds.Newest, result.Feeds[0].Newest);
        Assert.Equal("Harbour Courier (JSON)", result.Feeds[2].Title);
        Assert.False(result.PageIsFeed);
        Assert.Equal(5, result.Requests);
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task DiscoverAsync_BaseHrefOnPage_ResolvesRelativeLinksAgainstIt()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/section/world", FakeSite.Html(FakeFeeds.Page("World", ["<base href=\"/feeds/\">", FakeFeeds.Alternate("application/rss+xml", "world.xml", "World")])));
        server.Map("/feeds/world.xml", FakeSite.Xml(FakeFeeds.Rss("World", 4, server.BaseUri)));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/section/world"));

        Assert.Equal(server.Url("/feeds/world.xml"), Assert.Single(result.Feeds).Url);
    }

    [Fact]
    public async Task DiscoverAsync_WordPressStyleSiteWithOnlyFeedPath_FindsItWithTwoRequests()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/", FakeSite.Html(FakeFeeds.Page("Quarry Notes", [])));
        server.Map("/feed", FakeSite.Xml(FakeFeeds.Rss("Quarry Notes", 10, server.BaseUri), "application/rss+xml"));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        var feed = Assert.Single(result.Feeds);
        Assert.Equal((server.Url("/feed"), "rss", "Quarry Notes"), (feed.Url, feed.Kind, feed.Title));
        Assert.Equal(2, result.Requests);
    }

    [Fact]
    public async Task DiscoverAsync_NewsSitemapOnlyInRobots_FindsItAsNewsSitemap()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/", FakeSite.Html(FakeFeeds.Page("Daily Meridian", [])));
        server.Map("/robots.txt", LoopbackResponse.Text($"User-agent: *\nDisallow: /private\nSitemap: {server.Url("/sitemap.xml")}\nSitemap: {server.Url("/sitemap-news.xml")}\n"));
        server.Map("/sitemap-news.xml", FakeSite.Xml(FakeFeeds.NewsSitemap("Daily Meridian", 40, server.BaseUri)));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        var feed = Assert.Single(result.Feeds);
        Assert.Equal((server.Url("/sitemap-news.xml"), "news-sitemap", "Daily Meridian", 40, FakeFeeds.Newest), (feed.Url, feed.Kind, feed.Title, feed.ItemCount, feed.Newest));
        Assert.True(result.Requests <= 5, $"{result.Requests} requests");
        Assert.Equal(0, server.CountRequests("/sitemap.xml"));
    }

    [Fact]
    public async Task DiscoverAsync_SiteWithNothing_SaysWhatWasTriedWithinTheCap()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/", FakeSite.Html(FakeFeeds.Page("Nothing Here", [], ["<a href=\"/about\">About</a>"])));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Empty(result.Feeds);
        Assert.Equal(8, result.Requests);
        Assert.Equal(8, server.Requests.Count);
        Assert.Equal(["/", "/feed", "/rss", "/robots.txt", "/feed.xml", "/index.rss", "/atom.xml", "/"], result.Tried.Select(t => t.Url.AbsolutePath));
        Assert.Equal(["page", "pattern", "pattern", "robots.txt"], result.Tried.Take(4).Select(t => t.Via));
        Assert.Equal("HTTP 404", result.Tried[1].Outcome);
    }

    [Fact]
    public async Task DiscoverAsync_MaxRequestsSetting_CapsTheRequests()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/", FakeSite.Html(FakeFeeds.Page("Nothing Here", [])));
        await using var services = DiscoveryHarness.Services(("Discovery:MaxRequests", "3"));

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Equal(3, server.Requests.Count);
        Assert.True(result.Untried > 0);
    }

    [Fact]
    public async Task DiscoverAsync_AddressIsAFeed_ReturnsItAloneWithOneRequest()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/rss", FakeSite.Xml(FakeFeeds.Rss("Direct", 2, server.BaseUri)));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/rss"));

        Assert.True(result.PageIsFeed);
        Assert.Equal(server.Url("/rss"), Assert.Single(result.Feeds).Url);
        Assert.Equal(1, result.Requests);
    }

    [Fact]
    public async Task DiscoverAsync_SameSiteAnchorToXml_FollowsItButNotOtherSites()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/", FakeSite.Html(FakeFeeds.Page("Links", [], ["<a href=\"http://elsewhere.example.test/feed.xml\">x</a>", "<a href=\"/exports/latest.xml\">RSS</a>"])));
        server.Map("/exports/latest.xml", FakeSite.Xml(FakeFeeds.Rss("Latest", 5, server.BaseUri)));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Equal(server.Url("/exports/latest.xml"), Assert.Single(result.Feeds).Url);
        Assert.DoesNotContain(result.Tried, t => t.Url.Host == "elsewhere.example.test");
    }
}
