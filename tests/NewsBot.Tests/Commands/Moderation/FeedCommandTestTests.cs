using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedCommandTestTests
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task Test_ReadableFeed_ShowsNewestThreeStoriesWithQuotesAndChangesNothing()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier",
            SiteStory.Brief(1, Now.AddHours(-3)), SiteStory.Ferry(Now.AddHours(-1)), SiteStory.Brief(2, Now.AddHours(-4)), SiteStory.Library(Now.AddHours(-2)));
        var url = harness.QuietFeedUrl("courier");
        await harness.SeedTopicAsync("Harbour News", url);
        // A paused, failing state that a test must neither fetch over nor reset.
        await harness.FeedStates.SaveAsync(new FeedState { FeedUrl = url, ConsecutiveFailures = 5, LastError = "HTTP 503" }, TestContext.Current.CancellationToken);
        await harness.Subscriptions.PauseAsync(FeedCommandHarness.Guild, url, new FeedPause(Now, "HTTP 503", null), TestContext.Current.CancellationToken);
        await harness.StartBotAsync();
        var before = await SnapshotAsync(harness);

        var reply = await harness.SendAsync("test", FeedCommandHarness.Moderator, ("url", url));

        var shown = FeedCommandHarness.Shown(reply);
        Assert.Equal(5, reply.CallbackType);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
        Assert.Contains("**Northfield Courier** is a readable rss", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Harbour board approves new ferry link", shown, StringComparison.Ordinal);
        Assert.Contains("Old mill to become", shown, StringComparison.Ordinal);
        Assert.Contains("Dunmarrow argues over", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ashcombe", shown, StringComparison.Ordinal);
        Assert.Contains("— Mara Lindqvist", shown, StringComparison.Ordinal);
        Assert.Equal(3, reply.Original!.Body["embeds"]!.AsArray().Count);
        Assert.Equal(1, harness.Site.Server.CountRequests("/courier/ferry.html"));
        Assert.Equal(0, harness.Site.Server.CountRequests("/courier/brief-2.html"));
        Assert.Equal(before, await SnapshotAsync(harness));
    }

    [Fact]
    public async Task Test_FeedOfAComponentsTopic_PreviewInItsContainersTheEditCarryingTheFlag()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)), SiteStory.Library(Now.AddHours(-2)));
        var url = harness.QuietFeedUrl("courier");
        var topic = await harness.SeedTopicInGuildAsync(FeedCommandHarness.Guild, "101", "Harbour News", url);
        await harness.Topics.SaveAsync(topic with { Layout = DigestLayout.Components, AccentColor = 0x1F8B4C }, "seed", "edited", TestContext.Current.CancellationToken);
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("test", FeedCommandHarness.Moderator, ("url", url));

        Assert.Equal(5, reply.CallbackType);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
        var edit = harness.Discord.Requests.Single(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        Assert.Equal(1 << 15, JsonNode.Parse(edit.Body)!["flags"]!.GetValue<int>());
        var containers = reply.Original!.Body["components"]!.AsArray().Where(c => c!["type"]!.GetValue<int>() == 17).ToList();
        Assert.Equal(2, containers.Count);
        Assert.All(containers, c => Assert.Equal(0x1F8B4C, c!["accent_color"]!.GetValue<int>()));
        var shown = FeedCommandHarness.Shown(reply);
        Assert.Contains("is a readable rss", shown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Harbour board approves new ferry link", shown, StringComparison.Ordinal);
        Assert.Contains("— **Mara Lindqvist**", shown, StringComparison.Ordinal);
        Assert.All(harness.Discord.Requests, r => Assert.True(r.Status is >= 200 and < 300, $"{r.Method} {r.Path} answered {r.Status}: {r.Body}"));
    }

    [Fact]
    public async Task Test_StoryAnotherServerFeedAlreadyBroughtIn_ShownWithThatOutletAsAlsoIn()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        var url = harness.QuietFeedUrl("courier");
        var ledgerFeed = harness.QuietFeedUrl("ledger");
        await harness.SeedTopicAsync("Harbour News", url, ledgerFeed);
        var ledgerUrl = harness.Site.Server.Url("/ledger/ferry.html").AbsoluteUri;
        await harness.Articles.TryAddAsync(new ArticleRecord
        {
            Identity = new ArticleIdentity(ledgerFeed, ledgerUrl, ledgerUrl),
            Title = "Skarva island gets its ferry link as harbour board says yes",
            Outlet = "The Valley Ledger",
            PublishedAt = Now.AddHours(-20),
            Text = "The harbour board of Northfield approved a new ferry link to Skarva island on Monday after a two-year study of winter crossings.",
        }, TestContext.Current.CancellationToken);
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("test", FeedCommandHarness.Moderator, ("url", url));

        var footer = reply.Original!.Body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>();
        Assert.Contains("also in: The Valley Ledger", footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_SixthCallInAMinute_RateLimitedWithoutFetching()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        await harness.StartBotAsync();

        var replies = new List<string>();
        for (var i = 0; i < 6; i++)
            replies.Add(FeedCommandHarness.Shown(await harness.SendAsync("test", FeedCommandHarness.Moderator, ("url", harness.Site.FeedUrl("courier")))));

        Assert.All(replies[..5], r => Assert.Contains("Harbour board approves", r, StringComparison.Ordinal));
        Assert.Matches(@"try again <t:\d+:R>", replies[5]);
        Assert.Equal(5, harness.Site.Server.CountRequests("/courier/feed.xml"));
    }

    [Fact]
    public async Task Test_PageWithoutFeeds_SaysWhatWasTried()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Server.Map("/about.html", Testing.LoopbackResponse.Text("<html><body><p>The Valley Ledger, since 1911.</p></body></html>", "text/html"));
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("test", FeedCommandHarness.Moderator, ("url", harness.Site.Server.Url("/about.html").AbsoluteUri));

        Assert.Contains("NewsBot found no feed on", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_PrivateAddressWithGuardOn_RefusedWithoutFetchingOrStoring()
    {
        await using var harness = await FeedCommandHarness.CreateAsync(allowPrivateAddresses: false);
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();
        var before = await SnapshotAsync(harness);

        var reply = await harness.SendAsync("test", FeedCommandHarness.Moderator, ("url", harness.Site.FeedUrl("courier")));

        Assert.Contains("NewsBot never fetches addresses on private or local networks", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
        Assert.Empty(harness.Site.Server.Requests);
        Assert.Equal(before, await SnapshotAsync(harness));
    }

    /// <summary>Everything the bot stores about topics, feeds and articles, as text to compare.</summary>
    private static async Task<string> SnapshotAsync(FeedCommandHarness harness)
    {
        var token = TestContext.Current.CancellationToken;
        var topics = await harness.Topics.ListAsync(token);
        var changes = new List<TopicChange>();
        foreach (var topic in topics)
            changes.AddRange(await harness.Topics.ListChangesAsync(topic.Id, 100, token));
        var states = await harness.FeedStates.ListAsync(token);
        var articles = await harness.Articles.ListSinceAsync(DateTimeOffset.MinValue, token);
        return JsonSerializer.Serialize(new { topics, changes, states, articles });
    }
}
