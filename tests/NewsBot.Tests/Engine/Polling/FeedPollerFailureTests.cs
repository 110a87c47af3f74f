using NewsBot.Discord.Models;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Polling;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine.Polling;

public sealed class FeedPollerFailureTests : IAsyncLifetime
{
    private PollingHarness _harness = null!;

    private string FeedUrl => _harness.Url("/feed.xml");

    public async ValueTask InitializeAsync() => _harness = await PollingHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    private async Task<List<FeedPollResult>> PollOnScheduleAsync(int times)
    {
        var results = new List<FeedPollResult>();
        for (var i = 0; i < times; i++)
        {
            var result = await _harness.PollAsync(FeedUrl);
            results.Add(result);
            if (result.NextPollAt is { } next)
                _harness.Time.SetUtcNow(next);
        }
        return results;
    }

    [Fact]
    public async Task PollAsync_FiveFailures_PausesAndWritesOneNoticePerChannel()
    {
        _harness.Server.Map("/feed.xml", LoopbackResponse.Status(503));
        _harness.Follow("chan-harbour", FeedUrl);
        _harness.Follow("chan-harbour", FeedUrl, _harness.Url("/other.xml"));
        _harness.Follow("chan-valley", FeedUrl);
        _harness.Follow("chan-unrelated", _harness.Url("/other.xml"));

        var results = await PollOnScheduleAsync(6);

        Assert.Equal([false, false, false, false, true, true], results.Select(r => r.Paused));
        Assert.Equal(5, _harness.Server.CountRequests("/feed.xml"));
        var digests = _harness.Outbox.Digests;
        Assert.Equal(["chan-harbour", "chan-valley"], digests.Select(d => Assert.Single(d.Messages).Message.Destination).Order());
        var pausedAt = _harness.States[FeedUrl]!.LastFetchedAt!.Value;
        var key = $"feed-paused:{FeedUrl}:{pausedAt.ToUnixTimeMilliseconds()}:chan-valley";
        var notice = Assert.Single(digests, d => d.IdempotencyKey == key).Messages[0].Message;
        var queued = QueuedMessage.Read(notice.Payload);
        var payload = queued.Message;
        // The nonce is kept once, beside the body; the dispatcher adds it (and the client "no pings") when sending.
        Assert.Equal(MessageNonce.For(key, 0), queued.Nonce);
        Assert.Null(payload.Nonce);
        Assert.Contains($"<{FeedUrl}>", payload.Content, StringComparison.Ordinal);
        Assert.Contains("503", payload.Content, StringComparison.Ordinal);
        Assert.Contains("failed 5 times in a row", payload.Content, StringComparison.Ordinal);
        Assert.Contains("/feed resume", payload.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_RepeatedFailures_BackoffDoublesUpToTheCap()
    {
        await using var harness = await PollingHarness.StartAsync(
            ("Polling:MaxBackoffMinutes", "100"), ("Polling:FailuresBeforePause", "10"));
        harness.Server.Map("/feed.xml", LoopbackResponse.Status(500));
        var delays = new List<TimeSpan>();

        for (var i = 0; i < 5; i++)
        {
            var before = harness.Time.GetUtcNow();
            var result = await harness.PollAsync(harness.Url("/feed.xml"));
            delays.Add(result.NextPollAt!.Value - before);
            harness.Time.SetUtcNow(result.NextPollAt.Value);
        }

        Assert.Equal([15, 30, 60, 100, 100], delays.Select(d => d.TotalMinutes));
        Assert.Equal(5, harness.States[harness.Url("/feed.xml")]!.ConsecutiveFailures);
        Assert.Empty(harness.Outbox.Digests);
    }

    [Fact]
    public async Task PollAsync_MalformedFeed_CountsAsFailureWithAClearReason()
    {
        _harness.Server.Map("/feed.xml", LoopbackResponse.Text("Service is down for maintenance, back soon."));

        var result = await _harness.PollAsync(FeedUrl);

        Assert.False(result.Succeeded);
        Assert.Contains("not a feed", result.Error, StringComparison.Ordinal);
        var state = _harness.States[FeedUrl]!;
        Assert.Equal((1, result.Error), (state.ConsecutiveFailures, state.LastError));
        Assert.Equal(PollingHarness.Start.AddMinutes(15), state.NextPollAt);
        Assert.Null(state.LastSuccessAt);
    }

    [Fact]
    public async Task PollAsync_SuccessAfterFailures_ResetsTheCount()
    {
        _harness.Server.MapSequence("/feed.xml",
            LoopbackResponse.Status(502),
            LoopbackResponse.Status(502),
            LoopbackResponse.Text(InventedFeeds.Rss(), "application/rss+xml"));

        var results = await PollOnScheduleAsync(3);

        Assert.Equal([false, false, true], results.Select(r => r.Succeeded));
        var state = _harness.States[FeedUrl]!;
        Assert.Equal((0, null as string), (state.ConsecutiveFailures, state.LastError));
    }

    [Fact]
    public async Task PollAsync_FirstPollFailedThenSucceeds_StillBackfills()
    {
        var old = new FeedItemSpec("gazette-1", "Old news", _harness.Url("/news/old.html"), PollingHarness.Start.AddDays(-2), "Old summary.");
        _harness.Server.MapSequence("/feed.xml",
            LoopbackResponse.Status(500),
            LoopbackResponse.Text(InventedFeeds.Rss(old), "application/rss+xml"));

        var results = await PollOnScheduleAsync(2);

        Assert.Equal(1, results[1].BackfilledArticles);
        Assert.Equal(0, _harness.Server.CountRequests("/news/old.html"));
    }

    [Fact]
    public async Task PollAsync_FeedUrlNotHttp_FailsWithoutARequest()
    {
        var result = await _harness.PollAsync("ftp://gazette.example/feed.xml");

        Assert.Contains("not an http or https URL", result.Error, StringComparison.Ordinal);
        Assert.Empty(_harness.Server.Requests);
    }
}
