using NewsBot.Core.Storage;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>
/// What every <see cref="IArticleStore"/> promises (search aside, which is the SQLite store's own), run against the SQLite
/// store and the in-memory fake alike, so the fake the engine tests use cannot drift from the store the bot uses.
/// </summary>
public abstract class ArticleStoreContract
{
    private const string Courier = "https://lakeside-courier.example/rss";
    private const string Gazette = "https://valley-gazette.example/feed";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store that stamps times from <paramref name="clock"/>.</summary>
    protected abstract IArticleStore CreateStore(TimeProvider clock);

    [Fact]
    public async Task CheckAsync_AfterTryAdd_SeenByItemOrUrlInThisFeedAndByUrlElsewhere()
    {
        var store = CreateStore(new SteppedClock(Start));
        Assert.Equal(ItemNovelty.New, await store.CheckAsync(Identity(Courier, "item-1", "ferry"), Token));
        await store.TryAddAsync(Article(Identity(Courier, "item-1", "ferry")), Token);

        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(Identity(Courier, "item-1", "renamed"), Token));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(Identity(Courier, "item-9", "ferry"), Token));
        Assert.Equal(ItemNovelty.SeenElsewhere, await store.CheckAsync(Identity(Gazette, "g-1", "ferry"), Token));
        Assert.Equal(ItemNovelty.New, await store.CheckAsync(Identity(Gazette, "item-1", "bridge"), Token));
    }

    [Fact]
    public async Task TryAddAsync_SameUrlFromAnotherFeed_OneArticlePerUrl()
    {
        var store = CreateStore(new SteppedClock(Start));

        var first = await store.TryAddAsync(Article(Identity(Courier, "item-1", "ferry")), Token);
        var second = await store.TryAddAsync(Article(Identity(Gazette, "g-1", "ferry")) with { Title = "Other title" }, Token);

        Assert.Equal((true, false), (first, second));
        var stored = Assert.Single(await store.ListSinceAsync(Start, Token));
        Assert.Equal((Courier, "Ferry timetable changes", Start), (stored.Article.Identity.FeedUrl, stored.Article.Title, stored.FirstSeenAt));
        Assert.Equal(stored.Id, (await store.FindByUrlAsync(Url("ferry"), Token))!.Id);
        Assert.Null(await store.FindByUrlAsync(Url("bridge"), Token));
    }

    [Fact]
    public async Task MarkSeenAsync_BacklogItem_NeverNewAgainAndNoArticle()
    {
        var store = CreateStore(new SteppedClock(Start));

        var marked = await store.MarkSeenAsync(Identity(Courier, "old-1", "archive"), Token);
        var again = await store.MarkSeenAsync(Identity(Courier, "old-1", "archive"), Token);

        Assert.Equal((true, false), (marked, again));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(Identity(Courier, "old-1", "archive"), Token));
        Assert.False(await store.TryAddAsync(Article(Identity(Courier, "old-1", "archive")), Token));
        Assert.Empty(await store.ListSinceAsync(Start, Token));
    }

    [Fact]
    public async Task ListForFeedsAsync_ArticleSightedLaterByAnotherFeed_ListedForThatFeedFromItsSighting()
    {
        var clock = new SteppedClock(Start);
        var store = CreateStore(clock);
        await store.TryAddAsync(Article(Identity(Courier, "item-1", "ferry")), Token);
        clock.Advance(TimeSpan.FromHours(2));
        await store.RecordSightingAsync(Identity(Gazette, "g-1", "ferry"), isBackfill: false, Token);

        var gazetteWindow = await store.ListForFeedsAsync([Gazette], Start.AddHours(1), Start.AddHours(3), Token);
        var courierWindow = await store.ListForFeedsAsync([Courier], Start.AddHours(1), Start.AddHours(3), Token);
        var bothEarly = await store.ListForFeedsAsync([Courier, Gazette], Start, Start.AddHours(1), Token);

        Assert.Equal("Ferry timetable changes", Assert.Single(gazetteWindow).Article.Title);
        Assert.Empty(courierWindow);
        Assert.Single(bothEarly);
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(Identity(Gazette, "g-1", "ferry"), Token));
    }

    [Fact]
    public async Task ListForFeedsAsync_BackfillArticleOrSighting_NeverListed()
    {
        var store = CreateStore(new SteppedClock(Start));
        await store.TryAddAsync(Article(Identity(Courier, "old-1", "archive")) with { IsBackfill = true }, Token);
        await store.TryAddAsync(Article(Identity(Courier, "item-1", "ferry")), Token);
        await store.RecordSightingAsync(Identity(Gazette, "g-1", "ferry"), isBackfill: true, Token);

        var listed = await store.ListForFeedsAsync([Courier, Gazette], Start, Start.AddHours(1), Token);

        Assert.Equal([Url("ferry")], listed.Select(a => a.Article.Identity.CanonicalUrl));
        Assert.Empty(await store.ListForFeedsAsync([Gazette], Start, Start.AddHours(1), Token));
        Assert.Equal(2, (await store.ListSinceAsync(Start, Token)).Count);
    }

    [Fact]
    public async Task TryAddAsync_ClockBehindAWindowAlreadyRead_StampedIntoTheNextWindow()
    {
        // A digest read the window up to 07:05 while this writer's clock (stepped back, or another instance's) says 07:00:
        // stamped 07:00, the article would belong to a window already read and be in no digest.
        var store = CreateStore(new SteppedClock(Start));
        Assert.Empty(await store.ListForFeedsAsync([Courier], Start.AddHours(-1), Start.AddMinutes(5), Token));

        await store.TryAddAsync(Article(Identity(Courier, "item-1", "ferry")), Token);
        await store.RecordSightingAsync(Identity(Gazette, "g-1", "ferry"), isBackfill: false, Token);

        Assert.Empty(await store.ListForFeedsAsync([Courier, Gazette], Start.AddHours(-1), Start.AddMinutes(5), Token));
        var next = Assert.Single(await store.ListForFeedsAsync([Courier, Gazette], Start.AddMinutes(5), Start.AddMinutes(10), Token));
        Assert.Equal(Start.AddMinutes(5), next.FirstSeenAt);
        Assert.Single(await store.ListForFeedsAsync([Gazette], Start.AddMinutes(5), Start.AddMinutes(10), Token));
    }

    [Fact]
    public async Task ListForFeedsAsync_StoredEarlierInTheMillisecondTheWindowEnds_Listed()
    {
        // /digest asked within a millisecond of the last store lost that story (CI): stamps are cut to the millisecond.
        var clock = new SteppedClock(Start.AddTicks(3_000));
        var store = CreateStore(clock);
        await store.TryAddAsync(Article(Identity(Courier, "item-1", "ferry")), Token);
        clock.Advance(TimeSpan.FromTicks(3_000));

        var listed = await store.ListForFeedsAsync([Courier], Start.AddHours(-1), clock.GetUtcNow(), Token);

        Assert.Equal(Url("ferry"), Assert.Single(listed).Article.Identity.CanonicalUrl);
    }

    [Fact]
    public async Task TryAddAsync_LaterInTheMillisecondAReadWindowEnded_OnlyInTheNextWindow()
    {
        var clock = new SteppedClock(Start.AddTicks(6_000));
        var store = CreateStore(clock);
        var windowEnd = clock.GetUtcNow();
        Assert.Empty(await store.ListForFeedsAsync([Courier], Start.AddHours(-1), windowEnd, Token));
        clock.Advance(TimeSpan.FromTicks(2_000));

        await store.TryAddAsync(Article(Identity(Courier, "item-1", "ferry")), Token);

        Assert.Empty(await store.ListForFeedsAsync([Courier], Start.AddHours(-1), windowEnd, Token));
        Assert.Single(await store.ListForFeedsAsync([Courier], windowEnd, Start.AddHours(1), Token));
    }

    [Fact]
    public async Task ListSinceAsync_ArticlesOverTime_FromThatTimeOldestFirst()
    {
        var clock = new SteppedClock(Start);
        var store = CreateStore(clock);
        foreach (var slug in new[] { "ferry", "bridge", "market" })
        {
            await store.TryAddAsync(Article(Identity(Courier, slug, slug)), Token);
            clock.Advance(TimeSpan.FromMinutes(10));
        }

        var listed = await store.ListSinceAsync(Start.AddMinutes(10), Token);

        Assert.Equal([Url("bridge"), Url("market")], listed.Select(a => a.Article.Identity.CanonicalUrl));
        Assert.Equal([Start.AddMinutes(10), Start.AddMinutes(20)], listed.Select(a => a.FirstSeenAt));
    }

    private static string Url(string slug) => $"https://lakeside-courier.example/a/{slug}";

    private static ArticleIdentity Identity(string feed, string item, string slug) => new(feed, item, Url(slug));

    private static ArticleRecord Article(ArticleIdentity identity) => new()
    {
        Identity = identity,
        Title = "Ferry timetable changes",
        Text = "The harbour board moved the first ferry to 06:40.",
    };
}
