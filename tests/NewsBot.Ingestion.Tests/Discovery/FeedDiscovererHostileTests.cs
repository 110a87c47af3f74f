using System.Text;
using NewsBot.Ingestion.Discovery;
using NewsBot.Testing;
using NewsBot.Testing.Sites;

namespace NewsBot.Ingestion.Tests.Discovery;

/// <summary>Hostile sites: every answer within the caps, nothing unsafe fetched.</summary>
public sealed class FeedDiscovererHostileTests
{
    [Fact]
    public async Task DiscoverAsync_AlternateRedirectsToPrivateAddress_RefusedAndNotOffered()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/", FakeSite.Html(FakeFeeds.Page("Trap", [FakeFeeds.Alternate("application/rss+xml", "/rss.xml", "Trap")])));
        server.Map("/rss.xml", LoopbackResponse.Redirect("http://10.0.0.5/internal/feed"));
        await using var services = DiscoveryHarness.Services(("Discovery:MaxRequests", "2"));

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Empty(result.Feeds);
        var attempt = result.Tried[1];
        Assert.Equal((server.Url("/rss.xml"), "alternate link", "refused: a private or local address"), (attempt.Url, attempt.Via, attempt.Outcome));
    }

    [Fact]
    public async Task DiscoverAsync_PageRedirectsToPrivateAddress_StopsAtThePage()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/", LoopbackResponse.Redirect("http://192.168.1.1/"));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Equal("refused: a private or local address", Assert.Single(result.Tried).Outcome);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DiscoverAsync_FiftyMegabyteSitemap_CutAtTheSizeCap()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapNothingButRobots("/sitemap-news.xml");
        var sent = 0L;
        server.Map("/sitemap-news.xml", async context =>
        {
            context.Response.ContentType = "application/xml";
            var entry = Encoding.UTF8.GetBytes(FakeFeeds.NewsSitemap("Huge", 50, server.BaseUri)[..4000]);
            try
            {
                while (sent < 50_000_000 && !context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.Body.WriteAsync(entry, context.RequestAborted);
                    sent += entry.Length;
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The client hung up at its cap: what this test wants.
            }
        });
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Empty(result.Feeds);
        Assert.Contains(result.Tried, t => t.Url.AbsolutePath == "/sitemap-news.xml" && t.Outcome == "refused: larger than the size cap");
    }

    [Fact]
    public async Task DiscoverAsync_SitemapWithEntityBomb_RefusedWithoutExpanding()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapNothingButRobots("/sitemap-news.xml");
        const string Bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>&h;</loc><news:news><news:publication><news:name>&h;</news:name></news:publication></news:news></url></urlset>
            """;
        server.Map("/sitemap-news.xml", FakeSite.Xml(Bomb));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        Assert.Empty(result.Feeds);
        Assert.Contains(result.Tried, t => t.Url.AbsolutePath == "/sitemap-news.xml" && t.Outcome == "refused: declares a DTD");
    }

    [Fact]
    public async Task DiscoverAsync_SitemapIndexOfTenThousandFiles_ReadsAFewWithinTheCap()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapNothingButRobots("/sitemap_index.xml");
        var children = Enumerable.Range(0, 10_000).Select(i => server.Url(i == 9_999 ? "/sitemaps/news.xml" : $"/sitemaps/{i}.xml"));
        server.Map("/sitemap_index.xml", FakeSite.Xml(FakeFeeds.SitemapIndex(children)));
        server.Map("/sitemaps/news.xml", FakeSite.Xml(FakeFeeds.NewsSitemap("Far Away", 3, server.BaseUri)));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        var index = Assert.Single(result.Tried, t => t.Url.AbsolutePath == "/sitemap_index.xml");
        Assert.Equal($"a sitemap index of {SitemapScanner.MaxIndexChildren}+ (read no further) sitemaps", index.Outcome);
        Assert.Equal(FeedDiscoverer.MaxIndexChildrenProbed, server.Requests.Count(r => r.Path.StartsWith("/sitemaps/", StringComparison.Ordinal)));
        Assert.Equal(0, server.CountRequests("/sitemaps/news.xml"));
        Assert.True(server.Requests.Count <= new DiscoveryOptions().MaxRequests);
    }

    [Fact]
    public async Task DiscoverAsync_IndexWithNewsChild_FindsTheChild()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapNothingButRobots("/sitemap_index.xml");
        server.Map("/sitemap_index.xml", FakeSite.Xml(FakeFeeds.SitemapIndex([server.Url("/pages.xml"), server.Url("/news-today.xml")])));
        server.Map("/news-today.xml", FakeSite.Xml(FakeFeeds.NewsSitemap("Morning Star", 7, server.BaseUri)));
        await using var services = DiscoveryHarness.Services();

        var result = await services.DiscoverAsync(server.Url("/"));

        var feed = Assert.Single(result.Feeds);
        Assert.Equal((server.Url("/news-today.xml"), "news-sitemap", 7), (feed.Url, feed.Kind, feed.ItemCount));
        Assert.Equal(0, server.CountRequests("/pages.xml"));
    }
}
