using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteFeedStateStoreTests : IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task GetAsync_UnknownFeed_ReturnsNull()
    {
        var state = await _test.FeedStates().GetAsync("https://lakeside-courier.example/rss", TestContext.Current.CancellationToken);

        Assert.Null(state);
    }

    [Fact]
    public async Task SaveAsync_ThenGetFromNewInstance_RoundTripsEveryField()
    {
        var ct = TestContext.Current.CancellationToken;
        var saved = new FeedState
        {
            FeedUrl = "https://lakeside-courier.example/rss",
            ETag = "\"v42\"",
            LastModified = "Mon, 02 Mar 2026 06:55:00 GMT",
            ConsecutiveFailures = 3,
            IsPaused = true,
            LastFetchedAt = new DateTimeOffset(2026, 3, 2, 6, 55, 0, 123, TimeSpan.Zero),
            NextPollAt = new DateTimeOffset(2026, 3, 2, 7, 25, 0, TimeSpan.Zero),
            LastError = "HTTP 503 Service Unavailable",
            LastSuccessAt = new DateTimeOffset(2026, 3, 1, 22, 10, 0, 456, TimeSpan.Zero),
        };
        await _test.FeedStates().SaveAsync(saved, ct);

        Assert.Equal(saved, await _test.FeedStates().GetAsync(saved.FeedUrl, ct));
    }

    [Fact]
    public async Task SaveAsync_ExistingFeed_ReplacesState()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.FeedStates();
        var first = new FeedState { FeedUrl = "https://lakeside-courier.example/rss", ETag = "\"v1\"", ConsecutiveFailures = 2 };
        await store.SaveAsync(first, ct);
        var second = first with { ETag = null, ConsecutiveFailures = 0, LastFetchedAt = _test.Clock.GetUtcNow(), LastError = "timeout" };

        await store.SaveAsync(second, ct);

        Assert.Equal(second, await store.GetAsync(first.FeedUrl, ct));
    }

    [Fact]
    public async Task ListAsync_SeveralFeeds_ReturnsEveryStateByUrl()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.FeedStates();
        var paused = new FeedState { FeedUrl = "https://valley-bulletin.example/atom", IsPaused = true, LastError = "HTTP 410 Gone" };
        var healthy = new FeedState { FeedUrl = "https://harbour-gazette.example/feed", LastSuccessAt = _test.Clock.GetUtcNow() };
        await store.SaveAsync(paused, ct);
        await store.SaveAsync(healthy, ct);

        var states = await _test.FeedStates().ListAsync(ct);

        Assert.Equal([healthy, paused], states);
    }

    [Fact]
    public async Task ListAsync_NoFeedEverFetched_ReturnsEmpty()
    {
        Assert.Empty(await _test.FeedStates().ListAsync(TestContext.Current.CancellationToken));
    }
}
