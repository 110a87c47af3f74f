using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private const string Feed = "https://lakeside-courier.example/rss";
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task TryAddAsync_UnseenItem_StoresEveryFieldAndReturnsTrue()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        var article = Article("item-1", "https://lakeside-courier.example/a/ferry", "Ferry timetable changes", "The ferry now leaves at six.") with
        {
            Outlet = "Lakeside Courier",
            PublishedAt = new DateTimeOffset(2026, 3, 2, 5, 30, 0, TimeSpan.Zero),
            Quotes = [new StoredQuote("We listened to commuters", "Marta Quillon") { Role = "ferry company spokesperson" }],
            KeySentences = ["The ferry now leaves at six."],
            IsPartial = true,
            Language = "en",
            Byline = "Tomas Brevik",
            IsBackfill = true,
        };

        Assert.True(await store.TryAddAsync(article, ct));

        var stored = Assert.Single(await _test.Articles().ListSinceAsync(DateTimeOffset.MinValue, ct));
        Assert.Equal(_test.Clock.GetUtcNow(), stored.FirstSeenAt);
        Assert.Equal(64, stored.TextHash.Length);
        Assert.Equivalent(article, stored.Article, strict: true);
    }

    [Fact]
    public async Task TryAddAsync_ReDatedItemWithSameIdentity_IsNotNew()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/ferry", "Ferry timetable changes", "Body"), ct);
        var reDated = Article("item-1", "https://lakeside-courier.example/a/ferry?updated=1", "Ferry timetable changes (updated)", "Body") with
        {
            PublishedAt = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero),
        };

        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(reDated.Identity, ct));
        Assert.False(await store.TryAddAsync(reDated, ct));
        Assert.Single(await store.ListSinceAsync(DateTimeOffset.MinValue, ct));
    }

    [Fact]
    public async Task TryAddAsync_RePublishedItemWithSameCanonicalUrl_IsNotNew()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/ferry", "Ferry timetable changes", "Body"), ct);
        var rePublished = Article("item-2", "https://lakeside-courier.example/a/ferry", "Ferry timetable changes", "Body");

        Assert.False(await store.TryAddAsync(rePublished, ct));
        Assert.False(await store.TryAddAsync(rePublished with { Identity = rePublished.Identity with { FeedUrl = "https://other.example/rss" } }, ct));
    }

    [Fact]
    public async Task TryAddAsync_SameItemFromTwoProcessesAtOnce_StoresItOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await _test.Open().InitializeAsync(ct);
        var article = Article("item-1", "https://lakeside-courier.example/a/ferry", "Ferry timetable changes", "Body");
        var stores = Enumerable.Range(0, 8).Select(_ => _test.Articles()).ToList();

        var added = await Task.WhenAll(stores.Select(s => Task.Run(() => s.TryAddAsync(article, ct), ct)));

        Assert.Single(added, wasAdded => wasAdded);
        Assert.Single(await stores[0].ListSinceAsync(DateTimeOffset.MinValue, ct));
    }

    [Fact]
    public async Task MarkSeenAsync_BacklogItem_IsNotNewLaterAndIsNotListed()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        var identity = new ArticleIdentity(Feed, "old-1", "https://lakeside-courier.example/a/old");

        Assert.Equal(ItemNovelty.New, await store.CheckAsync(identity, ct));
        Assert.True(await store.MarkSeenAsync(identity, ct));
        Assert.False(await store.MarkSeenAsync(identity, ct));

        Assert.False(await _test.Articles().TryAddAsync(Article("old-1", identity.CanonicalUrl, "Old news", "Body"), ct));
        Assert.Empty(await store.ListSinceAsync(DateTimeOffset.MinValue, ct));
    }

    [Fact]
    public async Task ListSinceAsync_ArticlesOnBothSides_ReturnsOnlyThoseSeenSince()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "First", "Body"), ct);
        _test.Clock.Advance(TimeSpan.FromHours(1));
        var since = _test.Clock.GetUtcNow();
        await store.TryAddAsync(Article("item-2", "https://lakeside-courier.example/a/2", "Second", "Body"), ct);

        var listed = await store.ListSinceAsync(since, ct);

        Assert.Equal(["Second"], listed.Select(a => a.Article.Title));
    }

    [Fact]
    public async Task TryAddAsync_EightParallelWritersInOneProcess_StoresEveryArticle()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();

        var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var count = 0;
            for (var i = 0; i < 25; i++)
            {
                if (await store.TryAddAsync(Article($"w{writer}-{i}", $"https://lakeside-courier.example/a/{writer}/{i}", "Title", "Body"), ct))
                    count++;
            }
            return count;
        }, ct)));

        Assert.All(added, count => Assert.Equal(25, count));
        Assert.Equal(200, (await store.ListSinceAsync(DateTimeOffset.MinValue, ct)).Count);
    }

    private static ArticleRecord Article(string itemId, string canonicalUrl, string title, string text) => new()
    {
        Identity = new ArticleIdentity(Feed, itemId, canonicalUrl),
        Title = title,
        Text = text,
    };
}
