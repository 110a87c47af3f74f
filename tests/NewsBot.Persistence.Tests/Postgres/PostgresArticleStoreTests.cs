using NewsBot.Core.Storage;
using NewsBot.Persistence.Postgres;

namespace NewsBot.Persistence.Tests.Postgres;

/// <summary>What PostgreSQL adds to the article store's contract: stemming by the article's language, and several instances writing at once.</summary>
public sealed class PostgresArticleStoreTests : IDisposable
{
    private const string Feed = "https://lakeside-courier.example/rss";
    private TestPostgresDatabase? _test;

    private TestPostgresDatabase Test => _test ??= new();

    public void Dispose() => _test?.Dispose();

    [Theory]
    [InlineData("en", "ferry", "Ferries return to the harbour")]
    [InlineData("fr", "traversée", "Les traversées reprennent au port")]
    [InlineData("de-DE", "Fähre", "Die Fähren fahren wieder")]
    public async Task SearchAsync_ArticleInALanguage_FindsOtherFormsOfTheWord(string language, string query, string title)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = Test.Articles();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", title) with { Language = language }, ct);

        var found = await store.SearchAsync(query, [Feed], DateTimeOffset.MinValue, 10, ct);

        Assert.Equal([title], found.Select(a => a.Article.Title));
    }

    [Fact]
    public async Task ListForFeedsAsync_AnotherInstanceWriteStampedInsideTheWindow_WaitsForItAndListsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        const string world = "https://lakeside-courier.example/world.rss";
        const string url = "https://lakeside-courier.example/a/1";
        var store = Test.Articles();
        await store.TryAddAsync(Article("item-1", url, "Ferries return to the harbour"), ct);
        Test.Clock.Advance(TimeSpan.FromHours(1));
        await using var poll = await Test.Open().BeginWriteAsync(ct);
        var stamp = await PostgresSightingFloor.StampAsync(poll, Test.Clock.GetUtcNow(), ct);
        await PostgresSeenItems.InsertAsync(poll, new ArticleIdentity(world, "world-1", url), isBackfill: false, stamp, ct);

        var reading = store.ListForFeedsAsync([world], stamp.AddMinutes(-30), stamp.AddMinutes(1), ct);
        await WaitUntilAsync(async () => await Test.ScalarAsync(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND mode = 'ExclusiveLock' AND NOT granted"
            + " AND classid::int = hashtext('newsbot.sightings');", ct) is > 0L, ct);
        await poll.CommitAsync(ct);

        Assert.Equal(url, Assert.Single(await reading).Article.Identity.CanonicalUrl);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (!await condition())
            await Task.Delay(10, limit.Token);
    }

    [Fact]
    public async Task SearchAsync_LanguageWithoutConfiguration_MatchesWholeWordsOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = Test.Articles();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Ferries return") with { Language = "xx" }, ct);

        Assert.Single(await store.SearchAsync("ferries", [Feed], DateTimeOffset.MinValue, 10, ct));
        Assert.Empty(await store.SearchAsync("ferry", [Feed], DateTimeOffset.MinValue, 10, ct));
    }

    [Fact]
    public async Task TryAddAsync_SameUrlFromFourInstancesAtOnce_StoredOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var stores = Enumerable.Range(0, 4).Select(_ => Test.Articles()).ToList();

        var added = await Task.WhenAll(stores.Select((store, i) => Task.Run(
            () => store.TryAddAsync(Article($"item-{i}", "https://lakeside-courier.example/a/shared", "Shared") with
            {
                Identity = new ArticleIdentity($"https://feed-{i}.example/rss", $"item-{i}", "https://lakeside-courier.example/a/shared"),
            }, ct),
            ct)));

        Assert.Equal(1, added.Count(a => a));
        Assert.Equal(1L, await Test.ScalarAsync("SELECT count(*) FROM articles;", ct));
        Assert.Equal(1L, await Test.ScalarAsync("SELECT count(*) FROM articles_fts;", ct));
    }

    [Fact]
    public async Task PruneAsync_OldArticle_ArticleAndSearchEntryGoneIdentityKept()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = Test.Articles();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Harbour plan"), ct);
        var cutoff = Test.Clock.GetUtcNow().AddDays(1);

        var pruned = await Test.Retention().PruneAsync(new RetentionCutoffs(cutoff, DateTimeOffset.MinValue, DateTimeOffset.MinValue, DateTimeOffset.MinValue), ct);

        Assert.Equal(1, pruned.Articles);
        Assert.Empty(await store.SearchAsync("harbour", [Feed], DateTimeOffset.MinValue, 10, ct));
        Assert.Equal(0L, await Test.ScalarAsync("SELECT count(*) FROM articles_fts;", ct));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(new ArticleIdentity(Feed, "item-1", "https://lakeside-courier.example/a/1"), ct));
    }

    private static ArticleRecord Article(string itemId, string canonicalUrl, string title) => new()
    {
        Identity = new ArticleIdentity(Feed, itemId, canonicalUrl),
        Title = title,
        Text = "Body.",
    };
}
