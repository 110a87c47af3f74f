using NewsBot.Core.Storage;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>
/// Issue 14, item 5: two servers follow the same feed; pauses, resumes and failure notices belong to each server's
/// subscription, through the real /feed commands against the fake Discord.
/// </summary>
public sealed class FeedSubscriptionTests
{
    private const string OtherGuild = "501";
    private const string OtherChannel = "101";

    [Fact]
    public async Task FeedPause_AnotherServersModerator_LeavesMyFeedActive()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var url = harness.QuietFeedUrl("courier");
        await harness.SeedTopicAsync("Harbour News", url);
        await harness.SeedTopicInGuildAsync(OtherGuild, OtherChannel, "Island Weather", url);
        await harness.StartBotAsync();

        var theirs = await harness.SendInGuildAsync(OtherGuild, "pause", FeedCommandHarness.Moderator, ("url", url));
        var myList = await harness.SendAsync("list", FeedCommandHarness.Moderator);
        var theirList = await harness.SendInGuildAsync(OtherGuild, "list", FeedCommandHarness.Moderator);
        var subscriptions = await harness.Subscriptions.ListAsync(url, TestContext.Current.CancellationToken);

        Assert.Contains("Paused", FeedCommandHarness.Shown(theirs), StringComparison.Ordinal);
        Assert.Equal([(FeedCommandHarness.Guild, false), (OtherGuild, true)], subscriptions.Select(s => (s.GuildId, s.IsPaused)));
        Assert.False(FeedSubscription.AllPaused(subscriptions));
        Assert.DoesNotContain("paused", FeedCommandHarness.Shown(myList), StringComparison.Ordinal);
        Assert.Contains("— paused by a moderator", FeedCommandHarness.Shown(theirList), StringComparison.Ordinal);
        var myHistory = await harness.Topics.ListChangesAsync(
            (await harness.Topics.FindAsync(FeedCommandHarness.Guild, "Harbour News", TestContext.Current.CancellationToken))!.Id, 10, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(myHistory, c => c.Action.StartsWith("feed paused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FeedResume_AnotherServersModerator_KeepsMyAutomaticPauseAndEachServerHearsInItsOwnChannel()
    {
        await using var harness = await FeedCommandHarness.CreateAsync(firstPollAtOnce: true);
        harness.Set("Polling:FailuresBeforePause", "1");
        harness.Site.Publish("courier", SiteStory.Ferry(DateTimeOffset.UnixEpoch));
        harness.Site.Fail("courier", 503);
        var url = harness.Site.FeedUrl("courier");
        await harness.SeedTopicAsync("Harbour News", url);
        await harness.SeedTopicInGuildAsync(OtherGuild, OtherChannel, "Island Weather", url);
        await harness.StartBotAsync();
        await WaitAsync(() => Notices(harness, "100") == 1 && Notices(harness, OtherChannel) == 1);

        var resume = await harness.SendInGuildAsync(OtherGuild, "resume", FeedCommandHarness.Moderator, ("url", url));
        // Their resume polls again at once; the feed still fails, so only their subscription is paused (and told) again.
        await WaitAsync(() => Notices(harness, OtherChannel) == 2);
        var myList = await harness.SendAsync("list", FeedCommandHarness.Moderator);

        Assert.Contains("Resumed", FeedCommandHarness.Shown(resume), StringComparison.Ordinal);
        var subscriptions = await harness.Subscriptions.ListAsync(url, TestContext.Current.CancellationToken);
        var mine = subscriptions.Single(s => s.GuildId == FeedCommandHarness.Guild);
        Assert.True(mine.Pause is { IsAutomatic: true });
        Assert.Contains("503", mine.Pause!.Reason, StringComparison.Ordinal);
        Assert.Contains("— paused (", FeedCommandHarness.Shown(myList), StringComparison.Ordinal);
        Assert.Equal(1, Notices(harness, "100"));
        Assert.All(harness.Discord.State.Messages.Where(m => m.Content?.Contains("Paused feed", StringComparison.Ordinal) == true),
            m => Assert.Contains(m.ChannelId, new[] { "100", OtherChannel }));
    }

    private static int Notices(FeedCommandHarness harness, string channelId) =>
        harness.Discord.State.Messages.Count(m => m.ChannelId == channelId && m.Content?.Contains("Paused feed", StringComparison.Ordinal) == true);

    private static Task WaitAsync(Func<bool> condition) => FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
}
