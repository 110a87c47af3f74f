using NewsBot.Commands.Moderation;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedCommandGuardTests
{
    [Fact]
    public async Task Feed_MemberWithoutManageServer_RefusedAndNothingChanges()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(TimeProvider.System.GetUtcNow().AddHours(-1)));
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();

        var add = await harness.SendAsync("add", FeedCommandHarness.Member, ("url", harness.Site.FeedUrl("courier")), ("topic", "Harbour News"));
        var list = await harness.SendAsync("list", FeedCommandHarness.Member);
        var test = await harness.SendAsync("test", FeedCommandHarness.Member, ("url", harness.Site.FeedUrl("courier")));

        Assert.All([add, list, test], reply => Assert.Equal(NewsBot.Localization.TextCatalog.Embedded.For(null).Get(ModeratorGuard.RefusalKey), reply.Original!.Content));
        Assert.True(FeedCommandHarness.IsEphemeral(add));
        Assert.Equal(0, harness.Site.Server.CountRequests("/courier/feed.xml"));
        Assert.Empty((await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
    }

    [Fact]
    public async Task Feed_AdministratorWithoutManageServerBit_Allowed()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();

        var list = await harness.SendAsync("list", "8");

        Assert.Contains("**Harbour News**", FeedCommandHarness.Shown(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_TopicFromSettingsFile_Refused()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(TimeProvider.System.GetUtcNow().AddHours(-1)));
        harness.Set("Topics:0:Name", "Island Weather");
        harness.Discord.State.Channels["123456789012345678"] = FakeChannelKind.Text;
        harness.Set("Topics:0:ChannelId", "123456789012345678");
        harness.Set("Topics:0:Schedule", "0 0 1 1 *");
        harness.Set("Topics:0:Feeds:0", harness.QuietFeedUrl("gazette"));
        await harness.StartBotAsync();
        // The bot stores its configured topics in the background after connecting.
        await FakeDiscordServer.WaitUntilAsync(
            () => harness.Topics.FindAsync(FeedCommandHarness.Guild, "Island Weather", TestContext.Current.CancellationToken).GetAwaiter().GetResult() is not null,
            TestContext.Current.CancellationToken);

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", harness.Site.FeedUrl("courier")), ("topic", "Island Weather"));

        Assert.Contains("this topic is defined in the settings file", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Equal(0, harness.Site.Server.CountRequests("/courier/feed.xml"));
    }
}
