using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sitemaps;

namespace NewsBot.Ingestion.Tests.Sitemaps;

public sealed class SitemapFollowerTests
{
    private const string Site = "https://lantern.example/";
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ResolveAsync_UrlSet_KeepsEntriesInTheWindowNewestFirst()
    {
        var feed = Parse(SitemapText.UrlSet(
            SitemapText.NewsEntry(Site + "old", "Last week's flood", Now.AddDays(-7)),
            SitemapText.NewsEntry(Site + "morning", "Morning ferry strike", Now.AddHours(-5)),
            SitemapText.NewsEntry(Site + "noon", "Noon market report", Now.AddMinutes(-10))));

        var resolved = await Follower(new FakeSitemapFetcher(_ => null)).ResolveAsync(feed, TestContext.Current.CancellationToken);

        Assert.Equal(["Noon market report", "Morning ferry strike"], resolved.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task ResolveAsync_RssFeed_ReturnedAsItIs()
    {
        var feed = Parse("<rss><channel><item><title>Old but a feed</title></item></channel></rss>");

        var resolved = await Follower(new FakeSitemapFetcher(_ => null)).ResolveAsync(feed, TestContext.Current.CancellationToken);

        Assert.Same(feed, resolved);
    }

    [Fact]
    public async Task ResolveAsync_Index_FollowsNewestChildrenAndMergesTheirEntries()
    {
        var fetcher = new FakeSitemapFetcher(new Dictionary<string, string>
        {
            [Site + "news-today.xml"] = SitemapText.UrlSet(SitemapText.NewsEntry(Site + "today", "Tram line reopens", Now.AddHours(-1))),
            [Site + "news-yesterday.xml"] = SitemapText.UrlSet(SitemapText.NewsEntry(Site + "yesterday", "Bridge inspection due", Now.AddHours(-20))),
        });
        var index = Parse(SitemapText.Index([
            (Site + "news-yesterday.xml", Now.AddHours(-19)), (Site + "archive-2019.xml", Now.AddYears(-7)), (Site + "news-today.xml", Now)]));

        var resolved = await Follower(fetcher).ResolveAsync(index, TestContext.Current.CancellationToken);

        Assert.Equal(SitemapFormats.UrlSet, resolved.Format);
        Assert.Equal(["Tram line reopens", "Bridge inspection due"], resolved.Items.Select(i => i.Title));
        Assert.DoesNotContain(fetcher.Requests, r => r.AbsolutePath.Contains("archive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_IndexOfTenThousandFiles_FetchesOnlyMaxFiles()
    {
        var fetcher = new FakeSitemapFetcher(uri => SitemapText.UrlSet(SitemapText.NewsEntry(uri.AbsoluteUri + "#story", "Story of " + uri.AbsolutePath, Now)));
        var index = Parse(SitemapText.Index(Enumerable.Range(0, 10_000).Select(i => (Site + $"part-{i}.xml", (DateTimeOffset?)Now.AddSeconds(-i)))));

        var resolved = await Follower(fetcher, maxFiles: 5).ResolveAsync(index, TestContext.Current.CancellationToken);

        Assert.Equal(5, fetcher.Requests.Count);
        Assert.Equal(Site + "part-0.xml", fetcher.Requests[0].AbsoluteUri);
        Assert.Equal(5, resolved.Items.Count);
        Assert.Contains(resolved.Warnings, w => w.Contains("Sitemaps:MaxFiles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_ChildrenOverTheByteCap_StopsReading()
    {
        var padding = new string(' ', 8_000);
        var fetcher = new FakeSitemapFetcher(uri => SitemapText.UrlSet(SitemapText.NewsEntry(uri.AbsoluteUri + "#s", "Padded", Now)) + padding);
        var index = Parse(SitemapText.Index(Enumerable.Range(0, 10).Select(i => (Site + $"big-{i}.xml", (DateTimeOffset?)Now))));

        var resolved = await Follower(fetcher, maxBytes: 20_000).ResolveAsync(index, TestContext.Current.CancellationToken);

        Assert.Equal(3, fetcher.Requests.Count);
        Assert.Equal(2, resolved.Items.Count);
        Assert.Contains(resolved.Warnings, w => w.Contains("Sitemaps:MaxBytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_IndexPointingAtAnIndex_FollowsOneLevelOnly()
    {
        var fetcher = new FakeSitemapFetcher(new Dictionary<string, string>
        {
            [Site + "nested.xml"] = SitemapText.Index([(Site + "deeper.xml", Now)]),
            [Site + "news.xml"] = SitemapText.UrlSet(SitemapText.NewsEntry(Site + "story", "Harbour fog lifts", Now)),
        });
        var index = Parse(SitemapText.Index([(Site + "nested.xml", Now), (Site + "news.xml", Now.AddMinutes(-1))]));

        var resolved = await Follower(fetcher).ResolveAsync(index, TestContext.Current.CancellationToken);

        Assert.Equal("Harbour fog lifts", Assert.Single(resolved.Items).Title);
        Assert.DoesNotContain(fetcher.Requests, r => r.AbsolutePath == "/deeper.xml");
    }

    [Fact]
    public async Task ResolveAsync_EveryChildFails_ThrowsWithTheReason()
    {
        var index = Parse(SitemapText.Index([(Site + "gone.xml", Now)]));

        var error = await Assert.ThrowsAsync<FeedFormatException>(
            () => Follower(new FakeSitemapFetcher(_ => null)).ResolveAsync(index, TestContext.Current.CancellationToken));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_ManyEntries_KeepsMaxUrls()
    {
        var entries = Enumerable.Range(0, 50).Select(i => SitemapText.NewsEntry(Site + i.ToString(CultureInfo.InvariantCulture), $"Story {i}", Now.AddMinutes(-i)));
        var feed = Parse(SitemapText.UrlSet([.. entries]));

        var resolved = await Follower(new FakeSitemapFetcher(_ => null), maxUrls: 10).ResolveAsync(feed, TestContext.Current.CancellationToken);

        Assert.Equal(10, resolved.Items.Count);
        Assert.Equal("Story 0", resolved.Items[0].Title);
    }

    private static Feed Parse(string xml) => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), new Uri(Site + "sitemap.xml"));

    private static SitemapFollower Follower(FakeSitemapFetcher fetcher, int maxFiles = 10, long maxBytes = 20_000_000, int maxUrls = 1000) =>
        new(fetcher, new FeedParser(), Options.Create(new SitemapOptions { MaxFiles = maxFiles, MaxBytes = maxBytes, MaxUrls = maxUrls }), new FakeTimeProvider(Now));
}
