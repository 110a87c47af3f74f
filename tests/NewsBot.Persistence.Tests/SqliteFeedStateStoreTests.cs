using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

/// <summary>What only the SQLite store does; the port's promises are in <see cref="SqliteFeedStateStoreContractTests"/>.</summary>
public sealed class SqliteFeedStateStoreTests : IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task SaveAsync_ThenGetFromNewInstance_StateSurvivesTheRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        var saved = new FeedState { FeedUrl = "https://lakeside-courier.example/rss", ETag = "\"v42\"", ConsecutiveFailures = 3, LastFetchedAt = _test.Clock.GetUtcNow() };
        await _test.FeedStates().SaveAsync(saved, ct);

        Assert.Equal(saved, await _test.FeedStates().GetAsync(saved.FeedUrl, ct));
        Assert.Equal([saved], await _test.FeedStates().ListAsync(ct));
    }
}
