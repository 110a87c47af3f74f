using NewsBot.Commands.Moderation;
using NewsBot.Core.Topics;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedCommandRemoveTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Remove_UrlNotInTopic_SaysSoAndChangesNothing()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var courier = harness.QuietFeedUrl("courier");
        var topic = await harness.SeedTopicAsync("Harbour News", courier);
        await harness.StartBotAsync();
        var historyBefore = await harness.Topics.ListChangesAsync(topic.Id, 100, Token);

        var reply = await harness.SendAsync("remove", FeedCommandHarness.Moderator, ("url", harness.QuietFeedUrl("ledger")), ("topic", "Harbour News"));

        Assert.Contains("is not a feed of **Harbour News**", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
        Assert.Equal([courier], (await harness.Topics.GetAsync(topic.Id, Token))!.Feeds);
        Assert.Equal(historyBefore, await harness.Topics.ListChangesAsync(topic.Id, 100, Token));
    }

    [Fact]
    public async Task Remove_UnknownTopic_ListsOnlyThisServersTopicsAndChangesNothing()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var courier = harness.QuietFeedUrl("courier");
        var harbour = await harness.SeedTopicAsync("Harbour News", courier);
        await harness.SeedTopicAsync("Island Weather");
        await harness.Topics.SaveAsync(
            new Topic { Name = "Dunmarrow Council", GuildId = "900", ChannelId = "101", Schedule = "0 0 1 1 *" }, "seed", "created", Token);
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("remove", FeedCommandHarness.Moderator, ("url", courier), ("topic", "Harbour Lights"));

        var shown = FeedCommandHarness.Shown(reply);
        Assert.Contains("There is no topic called **Harbour Lights**", shown, StringComparison.Ordinal);
        Assert.Contains("**Harbour News**, **Island Weather**", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Dunmarrow", shown, StringComparison.Ordinal);
        Assert.Equal([courier], (await harness.Topics.GetAsync(harbour.Id, Token))!.Feeds);
    }

    [Fact]
    public async Task Remove_MemberWithoutManageServer_RefusedAndFeedStays()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var courier = harness.QuietFeedUrl("courier");
        var topic = await harness.SeedTopicAsync("Harbour News", courier);
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("remove", FeedCommandHarness.Member, ("url", courier), ("topic", "Harbour News"));

        Assert.Equal(NewsBot.Localization.TextCatalog.Embedded.For(null).Get(ModeratorGuard.RefusalKey), reply.Original!.Content);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
        Assert.Equal([courier], (await harness.Topics.GetAsync(topic.Id, Token))!.Feeds);
        Assert.Single(await harness.Topics.ListChangesAsync(topic.Id, 100, Token));
    }
}
