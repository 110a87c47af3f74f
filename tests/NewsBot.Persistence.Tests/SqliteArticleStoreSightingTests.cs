using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

/// <summary>One article per URL, yet every feed that carried it brings it to its own topics' digests.</summary>
public sealed class SqliteArticleStoreSightingTests : IDisposable
{
    private const string TopStories = "https://lakeside-courier.example/top.rss";
    private const string World = "https://lakeside-courier.example/world.rss";
    private const string Url = "https://lakeside-courier.example/a/summit";
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task CheckAsync_EachKindOfIdentity_AnswersNewSeenInThisFeedOrSeenElsewhere()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await store.TryAddAsync(Article(TopStories, "top-1", Url), ct);

        Assert.Equal(ItemNovelty.New, await store.CheckAsync(new ArticleIdentity(World, "world-1", Url + "-other"), ct));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(new ArticleIdentity(TopStories, "top-1", Url + "?v=2"), ct));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(new ArticleIdentity(TopStories, "top-9", Url), ct));
        Assert.Equal(ItemNovelty.SeenElsewhere, await store.CheckAsync(new ArticleIdentity(World, "world-1", Url), ct));
    }

    [Fact]
    public async Task RecordSightingAsync_UrlSeenElsewhere_MakesNextCheckSeenInThisFeedWithoutASecondArticle()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await store.TryAddAsync(Article(TopStories, "top-1", Url), ct);
        var sighting = new ArticleIdentity(World, "world-1", Url);

        await store.RecordSightingAsync(sighting, isBackfill: false, ct);
        await store.RecordSightingAsync(sighting, isBackfill: false, ct);

        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(sighting, ct));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(sighting with { ItemId = "world-2" }, ct));
        Assert.Equal(2L, await _test.ScalarAsync("SELECT COUNT(*) FROM seen_items;", ct));
        Assert.Single(await store.ListSinceAsync(DateTimeOffset.MinValue, ct));
    }

    [Fact]
    public async Task ListForFeedsAsync_ArticleStoredByAnotherFeed_ListedOnceInTheSightingFeedsWindow()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await store.TryAddAsync(Article(TopStories, "top-1", Url), ct);
        _test.Clock.Advance(TimeSpan.FromHours(2));
        var sightedAt = _test.Clock.GetUtcNow();
        await store.RecordSightingAsync(new ArticleIdentity(World, "world-1", Url), isBackfill: false, ct);
        _test.Clock.Advance(TimeSpan.FromHours(1));
        await store.RecordSightingAsync(new ArticleIdentity(World, "world-2", Url + "?amp"), isBackfill: false, ct);
        await store.RecordSightingAsync(new ArticleIdentity(World, "world-3", Url), isBackfill: false, ct);

        var inWindow = await store.ListForFeedsAsync([World], sightedAt, sightedAt.AddHours(4), ct);
        var beforeSighting = await store.ListForFeedsAsync([World], sightedAt.AddHours(-3), sightedAt, ct);
        var laterWindow = await store.ListForFeedsAsync([World], sightedAt.AddMinutes(1), sightedAt.AddHours(4), ct);
        var bothFeeds = await store.ListForFeedsAsync([World, TopStories], sightedAt, sightedAt.AddHours(4), ct);

        Assert.Equal(TopStories, Assert.Single(inWindow).Article.Identity.FeedUrl);
        Assert.Empty(beforeSighting);
        Assert.Empty(laterWindow);
        Assert.Empty(bothFeeds);
    }

    [Fact]
    public async Task ListForFeedsAsync_BacklogSighting_IsNotListed()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        var since = _test.Clock.GetUtcNow();
        await store.TryAddAsync(Article(TopStories, "top-1", Url), ct);
        await store.RecordSightingAsync(new ArticleIdentity(World, "world-1", Url), isBackfill: true, ct);

        Assert.Empty(await store.ListForFeedsAsync([World], since, since.AddHours(1), ct));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(new ArticleIdentity(World, "world-1", Url), ct));
    }

    [Fact]
    public async Task ListForFeedsSql_QueryPlan_SeeksIndexesAndScansNoTable()
    {
        var ct = TestContext.Current.CancellationToken;
        await _test.Open().InitializeAsync(ct);
        await using var connection = await _test.Open().OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteArticleStore.ListForFeedsSql;
        command.Parameters.AddWithValue("$feeds", "[]");
        command.Parameters.AddWithValue("$since", 0);
        command.Parameters.AddWithValue("$until", 1);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("ix_seen_items_feed_url_seen_at", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN s", StringComparison.Ordinal) || step.StartsWith("SCAN a", StringComparison.Ordinal)
            || step.StartsWith("SCAN e", StringComparison.Ordinal) || step.Contains("SCAN seen_items", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryAddAsync_WriteLockHeldWhileTimePasses_StampsTheArticleWhenItIsWritten()
    {
        // A stamp taken before the wait could fall inside a digest window that was read meanwhile: the article would be in no window.
        var ct = TestContext.Current.CancellationToken;
        var database = _test.Open();
        var store = new SqliteArticleStore(database, _test.Clock);
        var held = await database.BeginWriteAsync(ct);

        var adding = store.TryAddAsync(Article(TopStories, "top-1", Url), ct);
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        var written = _test.Clock.GetUtcNow();
        await held.DisposeAsync();

        Assert.True(await adding);
        Assert.Equal(written, (await store.FindByUrlAsync(Url, ct))!.FirstSeenAt);
    }

    [Fact]
    public async Task ListForFeedsAsync_WriteStampedInsideTheWindowNotYetCommitted_WaitsForItAndListsIt()
    {
        // Read without waiting, the window would miss the sighting, and the next window (from 07:01) would start after it.
        var ct = TestContext.Current.CancellationToken;
        var database = _test.Open();
        var store = new SqliteArticleStore(database, _test.Clock);
        await store.TryAddAsync(Article(TopStories, "top-1", Url), ct);
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var poll = await database.BeginWriteAsync(ct);
        await SeenItems.InsertAsync(
            poll.Connection, poll.Transaction, new ArticleIdentity(World, "world-1", Url), isBackfill: false, _test.Clock.GetUtcNow(), ct);

        var reading = store.ListForFeedsAsync([World], _test.Clock.GetUtcNow().AddMinutes(-30), _test.Clock.GetUtcNow().AddMinutes(1), ct);
        Assert.False(reading.IsCompleted);
        await poll.CommitAsync(ct);
        await poll.DisposeAsync();

        Assert.Equal(Url, Assert.Single(await reading).Article.Identity.CanonicalUrl);
    }

    private static ArticleRecord Article(string feed, string itemId, string canonicalUrl) => new()
    {
        Identity = new ArticleIdentity(feed, itemId, canonicalUrl),
        Title = "Summit opens",
        Text = "Leaders met by the lake.",
    };
}
