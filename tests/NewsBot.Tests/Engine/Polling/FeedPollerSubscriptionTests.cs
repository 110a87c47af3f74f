using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>Issue 14, item 5 at the poller: pauses belong to each server's subscription, the fetch state is shared.</summary>
public sealed class FeedPollerSubscriptionTests : IAsyncLifetime
{
    private PollingHarness _harness = null!;

    private string FeedUrl => _harness.Url("/feed.xml");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _harness = await PollingHarness.StartAsync(("Polling:FailuresBeforePause", "2"));

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task PollAsync_PausedByAnotherServerOnly_StillFetchedAndStored()
    {
        _harness.ServeFeed("/feed.xml", InventedFeeds.Rss());
        Follow("guild-mine", "chan-mine");
        Follow("guild-theirs", "chan-theirs");
        await _harness.Subscriptions.PauseAsync("guild-theirs", FeedUrl, new FeedPause(PollingHarness.Start, null, "mod-9"), Token);

        var result = await _harness.PollAsync(FeedUrl);

        Assert.True(result.Succeeded);
        Assert.Equal(1, _harness.Server.CountRequests("/feed.xml"));
    }

    [Fact]
    public async Task PollAsync_FailingFeedOneServerPausedByHand_OnlyTheActiveServerPausedAndTold()
    {
        _harness.Server.Map("/feed.xml", LoopbackResponse.Status(503));
        Follow("guild-mine", "chan-mine");
        Follow("guild-mine", "chan-mine-too");
        Follow("guild-theirs", "chan-theirs");
        var byHand = new FeedPause(PollingHarness.Start, null, "mod-9");
        await _harness.Subscriptions.PauseAsync("guild-theirs", FeedUrl, byHand, Token);

        var first = await _harness.PollAsync(FeedUrl);
        _harness.Time.SetUtcNow(first.NextPollAt!.Value);
        var second = await _harness.PollAsync(FeedUrl);

        Assert.Equal((false, true), (first.Paused, second.Paused));
        var subscriptions = await _harness.Subscriptions.ListAsync(FeedUrl, Token);
        Assert.Equal(byHand, subscriptions.Single(s => s.GuildId == "guild-theirs").Pause);
        Assert.True(subscriptions.Single(s => s.GuildId == "guild-mine").Pause is { IsAutomatic: true, Reason: not null });
        Assert.Equal(["chan-mine", "chan-mine-too"], _harness.Outbox.Digests.Select(d => Assert.Single(d.Messages).Message.Destination).Order());
        // The fetch state stays one for everybody: two failures in a row, whoever follows.
        Assert.Equal(2, _harness.States[FeedUrl]!.ConsecutiveFailures);
    }

    private void Follow(string guildId, string channelId) =>
        _harness.Topics.Add(new Topic { Name = $"topic-{channelId}", GuildId = guildId, ChannelId = channelId, Schedule = "daily 08:00", Feeds = [FeedUrl] });
}
