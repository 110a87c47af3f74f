using NewsBot.Core.Storage;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>What every <see cref="IFeedStateStore"/> promises, run against the SQLite store and the in-memory fake alike.</summary>
public abstract class FeedStateStoreContract
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store.</summary>
    protected abstract IFeedStateStore CreateStore();

    [Fact]
    public async Task GetAsync_FeedNeverSaved_Null()
    {
        Assert.Null(await CreateStore().GetAsync("https://lakeside-courier.example/rss", Token));
    }

    [Fact]
    public async Task SaveAsync_EveryField_ReadBackAsSaved()
    {
        var store = CreateStore();
        var state = Paused("https://lakeside-courier.example/rss");

        await store.SaveAsync(state, Token);

        Assert.Equal(state, await store.GetAsync(state.FeedUrl, Token));
    }

    [Fact]
    public async Task SaveAsync_AgainAfterRecovery_ReplacesTheStateAndListsEachFeedOnceByUrl()
    {
        var store = CreateStore();
        await store.SaveAsync(Paused("https://valley-gazette.example/feed"), Token);
        await store.SaveAsync(Paused("https://lakeside-courier.example/rss"), Token);
        var recovered = new FeedState { FeedUrl = "https://valley-gazette.example/feed", ETag = "\"v9\"" };

        await store.SaveAsync(recovered, Token);

        Assert.Equal(recovered, await store.GetAsync(recovered.FeedUrl, Token));
        var listed = await store.ListAsync(Token);
        Assert.Equal(["https://lakeside-courier.example/rss", "https://valley-gazette.example/feed"], listed.Select(s => s.FeedUrl));
    }

    /// <summary>Times in whole milliseconds: stores may keep no finer.</summary>
    private static FeedState Paused(string feedUrl) => new()
    {
        FeedUrl = feedUrl,
        ETag = "\"v7\"",
        LastModified = "Mon, 02 Mar 2026 06:00:00 GMT",
        ConsecutiveFailures = 5,
        LastFetchedAt = new DateTimeOffset(2026, 3, 2, 7, 0, 0, 123, TimeSpan.Zero),
        NextPollAt = new DateTimeOffset(2026, 3, 3, 7, 0, 0, TimeSpan.Zero),
        LastError = "HTTP 503",
        LastSuccessAt = new DateTimeOffset(2026, 3, 1, 7, 0, 0, TimeSpan.Zero),
    };
}
