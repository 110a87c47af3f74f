using NewsBot.Commands.Moderation;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedCommandAddTests
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task Add_ReadableFeed_StoresItRecordsHistoryAndPollsItAtOnce()
    {
        await using var harness = await FeedCommandHarness.CreateAsync(firstPollAtOnce: true);
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();
        var url = harness.Site.FeedUrl("courier");

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", url), ("topic", "harbour news"));

        Assert.Contains("Added **Northfield Courier**", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Equal(5, reply.CallbackType);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
        var stored = await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken);
        Assert.Equal([url], stored!.Feeds);
        var change = (await harness.Topics.ListChangesAsync(topic.Id, 5, TestContext.Current.CancellationToken))[0];
        Assert.Equal((FeedCommandHarness.Invoker, "feed added: " + url), (change.Actor, change.Action));
        // The command's own check is the first request; the scheduled first poll is the second, and it stores the state.
        await FakeDiscordServer.WaitUntilAsync(() => harness.Site.Server.CountRequests("/courier/feed.xml") >= 2, TestContext.Current.CancellationToken);
        await FakeDiscordServer.WaitUntilAsync(
            () => harness.FeedStates.GetAsync(url, TestContext.Current.CancellationToken).GetAwaiter().GetResult()?.LastSuccessAt is not null,
            TestContext.Current.CancellationToken);
        Assert.Contains("feed", harness.Discord.State.Commands["global"].Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Add_PrivateAddressWithGuardOn_RefusedWithoutFetching()
    {
        await using var harness = await FeedCommandHarness.CreateAsync(allowPrivateAddresses: false);
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", harness.Site.FeedUrl("courier")), ("topic", "Harbour News"));

        Assert.Contains("NewsBot never fetches addresses on private or local networks", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Equal(0, harness.Site.Server.CountRequests("/courier/feed.xml"));
        Assert.Empty((await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
    }

    [Fact]
    public async Task Add_HtmlPageWithoutFeeds_SaysWhatWasTried()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Server.Map("/about.html", LoopbackResponse.Text("<!DOCTYPE html><html><body><h1>About the Northfield Courier</h1></body></html>", "text/html; charset=utf-8"));
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", harness.Site.Server.Url("/about.html").AbsoluteUri), ("topic", "Harbour News"));

        var shown = FeedCommandHarness.Shown(reply);
        Assert.Contains("NewsBot found no feed on", shown, StringComparison.Ordinal);
        Assert.Contains($"• `{harness.Site.Server.Url("/feed")}` (pattern): HTTP 404", shown, StringComparison.Ordinal);
        Assert.Empty((await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
    }

    [Fact]
    public async Task Add_FeedAlreadyInTopicOrFailingOrNotHttp_SaysWhyAndChangesNothing()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        harness.Site.Server.Map("/gone.xml", LoopbackResponse.Status(404));
        var url = harness.QuietFeedUrl("courier");
        var topic = await harness.SeedTopicAsync("Harbour News", url);
        await harness.StartBotAsync();

        var duplicate = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", url), ("topic", "Harbour News"));
        var missing = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", harness.Site.Server.Url("/gone.xml").AbsoluteUri), ("topic", "Harbour News"));
        var ftp = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", "ftp://northfield-courier.example/feed.xml"), ("topic", "Harbour News"));
        var noTopic = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", url), ("topic", "Weather"));

        Assert.Contains("is already a feed of **Harbour News**", FeedCommandHarness.Shown(duplicate), StringComparison.Ordinal);
        Assert.Contains("NewsBot could not fetch it", FeedCommandHarness.Shown(missing), StringComparison.Ordinal);
        Assert.Contains("404", FeedCommandHarness.Shown(missing), StringComparison.Ordinal);
        Assert.Contains("http://", FeedCommandHarness.Shown(ftp), StringComparison.Ordinal);
        Assert.Contains("no topic called **Weather**", FeedCommandHarness.Shown(noTopic), StringComparison.Ordinal);
        Assert.Equal([url], (await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
    }

    [Theory]
    [InlineData("ftp")]
    [InlineData("file")]
    public async Task Add_NotHttpAddress_RefusedWithoutAnyRequest(string scheme)
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();
        // The same loopback outlet, so a request that slipped through would show in its log.
        var url = scheme == "file" ? "file:///etc/passwd" : "ftp://" + harness.Site.Server.BaseUri.Authority + "/courier/feed.xml";

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", url), ("topic", "Harbour News"));

        Assert.Equal(NewsBot.Localization.TextCatalog.Embedded.For(null).Get(FeedAddress.InvalidKey), reply.Original!.Content);
        Assert.Empty(harness.Site.Server.Requests);
        Assert.Empty((await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
        Assert.Single(await harness.Topics.ListChangesAsync(topic.Id, 5, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Add_TopicAtFeedLimit_Refused()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Set("Commands:MaxFeedsPerTopic", "1");
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        harness.Site.Publish("ledger", SiteStory.Library(Now.AddHours(-1)));
        await harness.SeedTopicAsync("Harbour News", harness.QuietFeedUrl("courier"));
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", harness.Site.FeedUrl("ledger")), ("topic", "Harbour News"));

        Assert.Contains("already has 1 feeds, the most a topic may have", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Equal(0, harness.Site.Server.CountRequests("/ledger/feed.xml"));
    }

    [Fact]
    public async Task Add_TwoModeratorsAtOnce_KeepsBothFeeds()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        harness.Site.Publish("ledger", SiteStory.Library(Now.AddHours(-1)));
        var (courier, ledger) = (harness.QuietFeedUrl("courier"), harness.QuietFeedUrl("ledger"));
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();

        await Task.WhenAll(
            harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", courier), ("topic", "Harbour News")),
            harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", ledger), ("topic", "Harbour News")));

        var feeds = (await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds;
        Assert.Equal([courier, ledger], feeds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Remove_FeedOfTopic_RemovesItAndRecordsHistory()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var courier = harness.QuietFeedUrl("courier");
        var ledger = harness.QuietFeedUrl("ledger");
        var topic = await harness.SeedTopicAsync("Harbour News", courier, ledger);
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("remove", FeedCommandHarness.Moderator, ("url", courier), ("topic", "Harbour News"));

        Assert.Contains("Removed", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Equal([ledger], (await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
        var change = (await harness.Topics.ListChangesAsync(topic.Id, 5, TestContext.Current.CancellationToken))[0];
        Assert.Equal("feed removed: " + courier, change.Action);
    }
}
