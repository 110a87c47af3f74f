using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

/// <summary>Reading articles back: the window a digest may deliver, and one article by URL.</summary>
public sealed class SqliteArticleStoreLookupTests : IDisposable
{
    private const string Courier = "https://lakeside-courier.example/rss";
    private const string Gazette = "https://harbour-gazette.example/feed";
    private const string Bulletin = "https://valley-bulletin.example/atom";
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task ListForFeedsAsync_MixedFeedsTimesAndBackfill_ReturnsDeliverableArticlesOfTheWindowOldestFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        var since = _test.Clock.GetUtcNow().AddMinutes(10);
        var until = since.AddHours(1);
        await AddAtAsync(store, since.AddMilliseconds(-1), Courier, "before the window");
        await AddAtAsync(store, since, Gazette, "at the start");
        await AddAtAsync(store, since.AddMinutes(5), Bulletin, "other feed");
        await AddAtAsync(store, since.AddMinutes(10), Courier, "backfill", isBackfill: true);
        await AddAtAsync(store, since.AddMinutes(20), Courier, "inside");
        await AddAtAsync(store, until.AddMilliseconds(-1), Gazette, "last moment");
        await AddAtAsync(store, until, Courier, "at the end");

        var listed = await store.ListForFeedsAsync([Courier, Gazette], since, until, ct);

        Assert.Equal(["at the start", "inside", "last moment"], listed.Select(a => a.Article.Title));
        Assert.Equal([since, since.AddMinutes(20), until.AddMilliseconds(-1)], listed.Select(a => a.FirstSeenAt));
    }

    [Fact]
    public async Task ListForFeedsAsync_NoFeeds_ReturnsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await AddAtAsync(store, _test.Clock.GetUtcNow(), Courier, "anything");

        Assert.Empty(await store.ListForFeedsAsync([], DateTimeOffset.MinValue, DateTimeOffset.MaxValue.AddDays(-1), ct));
    }

    [Fact]
    public async Task ListForFeedsAsync_ThousandsOfFeedUrls_MatchesExactUrlsOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        var now = _test.Clock.GetUtcNow();
        await AddAtAsync(store, now, Courier, "wanted");
        await AddAtAsync(store, now, Courier + "?page=2", "similar url");
        await AddAtAsync(store, now, "https://o'brien.example/\"feed\"", "quoted url");
        var feeds = Enumerable.Range(0, 5000).Select(i => $"https://feed-{i}.example/rss").Append(Courier).Append("https://o'brien.example/\"feed\"").ToList();

        var listed = await store.ListForFeedsAsync(feeds, now, now.AddMinutes(1), ct);

        Assert.Equal(["wanted", "quoted url"], listed.Select(a => a.Article.Title));
    }

    [Fact]
    public async Task FindByUrlAsync_StoredBacklogAndUnknownUrls_FindsOnlyTheStoredArticle()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Articles();
        await AddAtAsync(store, _test.Clock.GetUtcNow(), Courier, "Ferry timetable changes", isBackfill: true);
        await store.MarkSeenAsync(new ArticleIdentity(Courier, "old-1", "https://articles.example/old"), ct);

        var found = await store.FindByUrlAsync("https://articles.example/Ferry%20timetable%20changes", ct);

        Assert.Equal("Ferry timetable changes", found?.Article.Title);
        Assert.True(found!.Article.IsBackfill);
        Assert.Null(await store.FindByUrlAsync("https://articles.example/old", ct));
        Assert.Null(await store.FindByUrlAsync("https://articles.example/ferry%20timetable%20changes", ct));
    }

    private async Task AddAtAsync(SqliteArticleStore store, DateTimeOffset firstSeenAt, string feed, string title, bool isBackfill = false)
    {
        _test.Clock.SetUtcNow(firstSeenAt);
        var article = new ArticleRecord
        {
            Identity = new ArticleIdentity(feed, title, $"https://articles.example/{Uri.EscapeDataString(title)}"),
            Title = title,
            Text = "Body of " + title,
            IsBackfill = isBackfill,
        };
        Assert.True(await store.TryAddAsync(article, TestContext.Current.CancellationToken));
    }
}
