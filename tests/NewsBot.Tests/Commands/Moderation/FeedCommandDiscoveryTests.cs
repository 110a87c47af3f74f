using System.Text.Json.Nodes;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Testing.Sites;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>/feed add and /feed test given a page instead of a feed: one found is taken, several offered in a select menu.</summary>
public sealed class FeedCommandDiscoveryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_HomepageWithTwoFeeds_OffersMenuAndThePickIsAddedAndPolled()
    {
        await using var site = (await LoopbackHttpServer.StartAsync(Token)).WithTwoFeeds();
        for (var i = 0; i < 3; i++)
            site.Map($"/entry/{i}", FakeSite.Html($"<html><head><title>Sport {i}</title></head><body><article><h1>Sport {i}</h1><p>The invented rowing club won its {i} race on the river, its coach said in a long statement to the valley's readers.</p></article></body></html>"));
        await using var harness = await FeedCommandHarness.CreateAsync(firstPollAtOnce: true);
        var topic = await harness.SeedTopicAsync("Valley");
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", site.Url("/").AbsoluteUri), ("topic", "Valley"));

        var select = SelectMenu(reply);
        var options = select["options"]!.AsArray();
        Assert.Equal(["Valley Ledger news", "Valley Ledger sport"], options.Select(o => o!["label"]!.GetValue<string>()));
        Assert.Equal("atom · 3 items · newest 2026-11-30", options[1]!["description"]!.GetValue<string>());
        Assert.Contains("found 2 on it. Pick the one to add", reply.Original!.Content, StringComparison.Ordinal);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
        Assert.Empty((await harness.Topics.GetAsync(topic.Id, Token))!.Feeds);

        var pick = await harness.PickAsync(reply, select["custom_id"]!.GetValue<string>(), FeedCommandHarness.Moderator, "1");

        Assert.Equal(4, pick.CallbackType);
        Assert.Contains("Added **Valley Ledger sport**", pick.Original!.Content, StringComparison.Ordinal);
        var atom = site.Url("/sport.atom").AbsoluteUri;
        Assert.Equal([atom], (await harness.Topics.GetAsync(topic.Id, Token))!.Feeds);
        await FakeDiscordServer.WaitUntilAsync(() => harness.Articles.ListSinceAsync(DateTimeOffset.MinValue, Token).GetAwaiter().GetResult().Count == 3, Token);
        Assert.Equal(1, site.CountRequests("/news.rss"));
    }

    [Fact]
    public async Task Pick_ByAMemberOrAnotherModerator_RefusedAndNothingAdded()
    {
        await using var site = (await LoopbackHttpServer.StartAsync(Token)).WithTwoFeeds();
        await using var harness = await FeedCommandHarness.CreateAsync();
        var topic = await harness.SeedTopicAsync("Valley");
        await harness.StartBotAsync();
        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", site.Url("/").AbsoluteUri), ("topic", "Valley"));
        var customId = SelectMenu(reply)["custom_id"]!.GetValue<string>();

        var member = await harness.PickAsync(reply, customId, FeedCommandHarness.Member, "0");
        var other = await harness.PickAsync(reply, customId, FeedCommandHarness.Moderator, "0", userId: "601");

        Assert.Contains("Manage Server", member.Original!.Content, StringComparison.Ordinal);
        Assert.Contains("expired or was not offered to you", other.Original!.Content, StringComparison.Ordinal);
        Assert.Empty((await harness.Topics.GetAsync(topic.Id, Token))!.Feeds);
    }

    [Fact]
    public async Task Add_PageWithOneFeed_AddsItSayingWhich()
    {
        await using var site = await LoopbackHttpServer.StartAsync(Token);
        site.Map("/", FakeSite.Html(FakeFeeds.Page("Quarry Notes", [])));
        site.Map("/feed", FakeSite.Xml(FakeFeeds.Rss("Quarry Notes", 4, site.BaseUri)));
        await using var harness = await FeedCommandHarness.CreateAsync();
        var topic = await harness.SeedTopicAsync("Quarry");
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("url", site.Url("/").AbsoluteUri), ("topic", "Quarry"));

        var shown = FeedCommandHarness.Shown(reply);
        Assert.Contains($"is not a feed; NewsBot found **Quarry Notes** `{site.Url("/feed")}` on it (rss).", shown, StringComparison.Ordinal);
        Assert.Contains("Added **Quarry Notes**", shown, StringComparison.Ordinal);
        Assert.Equal([site.Url("/feed").AbsoluteUri], (await harness.Topics.GetAsync(topic.Id, Token))!.Feeds);
    }

    [Fact]
    public async Task Test_PageWithTwoFeeds_OffersMenuAndPreviewsThePick()
    {
        await using var site = (await LoopbackHttpServer.StartAsync(Token)).WithTwoFeeds();
        await using var harness = await FeedCommandHarness.CreateAsync();
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("test", FeedCommandHarness.Moderator, ("url", site.Url("/").AbsoluteUri));
        var pick = await harness.PickAsync(reply, SelectMenu(reply)["custom_id"]!.GetValue<string>(), FeedCommandHarness.Moderator, "0");

        Assert.Contains("Pick the one to preview", reply.Original!.Content, StringComparison.Ordinal);
        Assert.Contains("**Valley Ledger news** is a readable", FeedCommandHarness.Shown(pick), StringComparison.Ordinal);
    }

    private static JsonObject SelectMenu(FakeInteraction reply)
    {
        var row = Assert.Single(reply.Original!.Body["components"]!.AsArray())!;
        var select = Assert.Single(row["components"]!.AsArray())!.AsObject();
        Assert.Equal(3, select["type"]!.GetValue<int>());
        return select;
    }
}
