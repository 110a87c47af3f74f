using NewsBot.Core.Storage;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>Pages that name their own canonical address, and the limits on how much one poll reads.</summary>
public sealed class FeedPollerSharingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset AnHourAgo = PollingHarness.Start.AddHours(-1);
    private PollingHarness _harness = null!;

    public async ValueTask InitializeAsync() => _harness = await PollingHarness.StartAsync(("Polling:ParallelArticleFetches", "2"));

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    private void ServeBridgePage(string path, string? canonical) =>
        _harness.ServePage(path, InventedFeeds.ArticlePage(
            "Council approves a new footbridge", "Halvard Quist", "the mayor of Brindlemoor", "We have waited long enough", canonical));

    private FeedItemSpec Item(string guid, string path) =>
        new(guid, "Council approves a new footbridge", _harness.Url(path), AnHourAgo, "The council voted for a footbridge.");

    [Fact]
    public async Task PollAsync_PageNamesAnAddressAnotherFeedStored_NotNewAndNotReadAgain()
    {
        var canonical = _harness.Url("/news/bridge.html");
        ServeBridgePage("/news/bridge.html", canonical: null);
        ServeBridgePage("/wire/bridge.html", canonical);
        _harness.ServeFeed("/gazette.xml", InventedFeeds.Rss(Item("gazette-1", "/news/bridge.html")));
        _harness.ServeFeed("/wire.xml", InventedFeeds.Rss("Moorland Wire", Item("wire-1", "/wire/bridge.html")));
        await _harness.PollAsync(_harness.Url("/gazette.xml"));

        var wire = await _harness.PollAsync(_harness.Url("/wire.xml"));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));
        var wireAgain = await _harness.PollAsync(_harness.Url("/wire.xml"));

        Assert.Equal((0, 0), (wire.NewArticles, wireAgain.NewArticles));
        Assert.Single(_harness.Articles.Articles);
        Assert.Equal(1, _harness.Server.CountRequests("/wire/bridge.html"));
        var forWire = await ListForFeedAsync("/wire.xml");
        Assert.Equal(canonical, Assert.Single(forWire).Article.Identity.CanonicalUrl);
    }

    [Fact]
    public async Task PollAsync_SecondFeedListsAStoredUrl_NoPageReadAndTheSecondFeedsDigestGetsIt()
    {
        ServeBridgePage("/news/bridge.html", canonical: null);
        _harness.ServeFeed("/top.xml", InventedFeeds.Rss(Item("top-1", "/news/bridge.html")));
        _harness.ServeFeed("/world.xml", InventedFeeds.Rss(Item("world-1", "/news/bridge.html?utm_source=world")));
        await _harness.PollAsync(_harness.Url("/top.xml"));

        var world = await _harness.PollAsync(_harness.Url("/world.xml"));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));
        var worldAgain = await _harness.PollAsync(_harness.Url("/world.xml"));

        Assert.Equal((0, 0, 0, 0), (world.NewArticles, world.BackfilledArticles, worldAgain.NewArticles, worldAgain.BackfilledArticles));
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
        var article = Assert.Single(await ListForFeedAsync("/world.xml"));
        Assert.Equal(_harness.Url("/top.xml"), article.Article.Identity.FeedUrl);
        Assert.Single(_harness.Articles.Articles);
    }

    [Fact]
    public async Task PollAsync_NewFeedsBacklogHoldsAStoredUrl_NotInThatFeedsDigest()
    {
        ServeBridgePage("/news/bridge.html", canonical: null);
        _harness.ServeFeed("/top.xml", InventedFeeds.Rss(Item("top-1", "/news/bridge.html")));
        await _harness.PollAsync(_harness.Url("/top.xml"));
        _harness.Time.Advance(TimeSpan.FromDays(2));
        _harness.ServeFeed("/world.xml", InventedFeeds.Rss(Item("world-1", "/news/bridge.html")));

        await _harness.PollAsync(_harness.Url("/world.xml"));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));
        await _harness.PollAsync(_harness.Url("/world.xml"));

        Assert.Empty(await ListForFeedAsync("/world.xml"));
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
    }

    private Task<IReadOnlyList<StoredArticle>> ListForFeedAsync(string feedPath) => _harness.Articles.ListForFeedsAsync(
        [_harness.Url(feedPath)], PollingHarness.Start.AddDays(-1), _harness.Time.GetUtcNow().AddMinutes(1), TestContext.Current.CancellationToken);

    [Fact]
    public async Task PollAsync_PageNamesItsCanonicalAddress_StoredUnderItAndTheFeedLinkStillKnown()
    {
        ServeBridgePage("/news/bridge.html", _harness.Url("/stories/footbridge"));
        _harness.ServeFeed("/gazette.xml", InventedFeeds.Rss(Item("gazette-1", "/news/bridge.html")));
        await _harness.PollAsync(_harness.Url("/gazette.xml"));
        _harness.ServeFeed("/gazette.xml", InventedFeeds.Rss(Item("gazette-1-republished", "/news/bridge.html")));
        _harness.Time.Advance(TimeSpan.FromMinutes(15));

        var second = await _harness.PollAsync(_harness.Url("/gazette.xml"));

        Assert.Equal(_harness.Url("/stories/footbridge"), Assert.Single(_harness.Articles.Articles).Identity.CanonicalUrl);
        Assert.Equal(0, second.NewArticles);
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
    }

    [Fact]
    public async Task PollAsync_SiteWideCanonical_Ignored()
    {
        ServeBridgePage("/news/bridge.html", _harness.Url("/"));
        ServeBridgePage("/news/ferry.html", _harness.Url("/"));
        _harness.ServeFeed("/gazette.xml", InventedFeeds.Rss(
            Item("gazette-1", "/news/bridge.html"), Item("gazette-2", "/news/ferry.html")));

        var result = await _harness.PollAsync(_harness.Url("/gazette.xml"));

        Assert.Equal(2, result.NewArticles);
    }

    [Fact]
    public async Task PollAsync_SameStoryTwiceInOneFeed_ReadsAndStoresItOnce()
    {
        ServeBridgePage("/news/bridge.html", canonical: null);
        _harness.ServeFeed("/gazette.xml", InventedFeeds.Rss(
            Item("gazette-1", "/news/bridge.html"), Item("gazette-1-copy", "/news/bridge.html?utm_campaign=x")));

        var result = await _harness.PollAsync(_harness.Url("/gazette.xml"));

        Assert.Equal(1, result.NewArticles);
        Assert.Equal(1, _harness.Server.CountRequests("/news/bridge.html"));
    }

    [Fact]
    public async Task PollAsync_ManyNewItems_ReadsAtMostTheConfiguredPagesAtOnce()
    {
        var inFlight = 0;
        var mostAtOnce = 0;
        var page = LoopbackResponse.Text(InventedFeeds.ArticlePage("Story", "Halvard Quist", "the mayor", "Words"), "text/html");
        _harness.Server.Map("/news/story.html", async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostAtOnce, now);
            // Long enough for the other reads to pile up if nothing held them back.
            await Task.Delay(50, context.RequestAborted);
            Interlocked.Decrement(ref inFlight);
            await page.WriteToAsync(context);
        });
        var items = Enumerable.Range(1, 6).Select(i => Item($"story-{i}", $"/news/story.html?n={i}")).ToArray();
        _harness.ServeFeed("/gazette.xml", InventedFeeds.Rss(items));

        var result = await _harness.PollAsync(_harness.Url("/gazette.xml"));

        Assert.Equal(6, result.NewArticles);
        Assert.Equal(6, _harness.Server.CountRequests("/news/story.html"));
        Assert.InRange(mostAtOnce, 1, 2);
    }

    [Fact]
    public async Task PollAsync_MoreItemsThanTheLimit_ReadsTheFirstOnes()
    {
        await using var harness = await PollingHarness.StartAsync(("Polling:MaxItemsPerPoll", "2"));
        var items = Enumerable.Range(1, 3)
            .Select(i => new FeedItemSpec($"item-{i}", $"Story {i}", harness.Url($"/news/{i}.html"), AnHourAgo, $"Summary {i}."))
            .ToArray();
        harness.ServeFeed("/gazette.xml", InventedFeeds.Rss(items));

        var result = await harness.PollAsync(harness.Url("/gazette.xml"));

        Assert.Equal(2, result.NewArticles);
        Assert.Equal(["item-1", "item-2"], harness.Articles.Articles.Select(a => a.Identity.ItemId).Order());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        do
        {
            current = Volatile.Read(ref target);
            if (value <= current)
                return;
        }
        while (Interlocked.CompareExchange(ref target, value, current) != current);
    }
}
