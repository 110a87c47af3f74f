using NewsBot.Core.Storage;
using NewsBot.Discord.Limits;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedCommandStatusTests
{
    private static readonly DateTimeOffset FetchedAt = new(2026, 11, 28, 21, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task List_FeedsInEveryState_ShowsOkFailingPausedAndLastFetchInOneEmbed()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var (ok, failing, paused, fresh) = (harness.QuietFeedUrl("courier"), harness.QuietFeedUrl("ledger"), harness.QuietFeedUrl("gazette"), harness.QuietFeedUrl("herald"));
        await harness.SeedTopicAsync("Harbour News", ok, failing, paused);
        await harness.SeedTopicAsync("Island Weather", fresh);
        await SaveAsync(harness, new FeedState { FeedUrl = ok, LastFetchedAt = FetchedAt, LastSuccessAt = FetchedAt });
        await SaveAsync(harness, new FeedState { FeedUrl = failing, ConsecutiveFailures = 2, LastError = "HTTP 503 Service Unavailable", LastFetchedAt = FetchedAt });
        await SaveAsync(harness, new FeedState { FeedUrl = paused, ConsecutiveFailures = 5, LastError = "HTTP 410 Gone", LastFetchedAt = FetchedAt });
        await harness.Subscriptions.PauseAsync(FeedCommandHarness.Guild, paused, new FeedPause(FetchedAt, "HTTP 410 Gone", null), TestContext.Current.CancellationToken);
        await harness.StartBotAsync();

        var all = await harness.SendAsync("list", FeedCommandHarness.Moderator);
        var one = await harness.SendAsync("list", FeedCommandHarness.Moderator, ("topic", "island weather"));

        var lines = FeedCommandHarness.Shown(all).Split('\n');
        Assert.Contains(lines, l => l.Contains(ok, StringComparison.Ordinal) && l.Contains("— ok · last fetch <t:" + FetchedAt.ToUnixTimeSeconds() + ":R>", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(failing, StringComparison.Ordinal) && l.Contains("failing (2 failures: HTTP 503 Service Unavailable)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(paused, StringComparison.Ordinal) && l.Contains("— paused (HTTP 410 Gone)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(fresh, StringComparison.Ordinal) && l.Contains("not fetched yet · last fetch never", StringComparison.Ordinal));
        var embed = Assert.Single(all.Original!.Body["embeds"]!.AsArray())!;
        Assert.True(embed["description"]!.GetValue<string>().Length <= MessageLimits.EmbedDescription);
        Assert.True(FeedCommandHarness.IsEphemeral(all));
        Assert.DoesNotContain(ok, FeedCommandHarness.Shown(one), StringComparison.Ordinal);
        Assert.Contains(fresh, FeedCommandHarness.Shown(one), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ManyLongFeeds_StaysWithinTheEmbedAndSaysWhatWasLeftOut()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var feeds = Enumerable.Range(0, 40).Select(i => harness.QuietFeedUrl("courier", i, "&section=" + new string('x', 120))).ToArray();
        await harness.SeedTopicAsync("Harbour News", feeds);
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("list", FeedCommandHarness.Moderator);

        var description = reply.Original!.Body["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.True(description.Length <= MessageLimits.EmbedDescription);
        Assert.Contains("more lines; name a topic", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PauseThenResume_FailingFeed_PausesThenClearsFailuresAndError()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var url = harness.QuietFeedUrl("courier");
        await harness.SeedTopicAsync("Harbour News", url);
        await SaveAsync(harness, new FeedState { FeedUrl = url, ConsecutiveFailures = 3, LastError = "HTTP 503 Service Unavailable", LastFetchedAt = FetchedAt });
        await harness.StartBotAsync();

        var pause = await harness.SendAsync("pause", FeedCommandHarness.Moderator, ("url", url));
        var paused = await harness.FeedStates.GetAsync(url, TestContext.Current.CancellationToken);
        var pausedHere = await harness.Subscriptions.ListAsync(url, TestContext.Current.CancellationToken);
        var list = await harness.SendAsync("list", FeedCommandHarness.Moderator);
        var resume = await harness.SendAsync("resume", FeedCommandHarness.Moderator, ("url", url));
        var resumed = await harness.FeedStates.GetAsync(url, TestContext.Current.CancellationToken);
        var resumedHere = await harness.Subscriptions.ListAsync(url, TestContext.Current.CancellationToken);
        var topic = await harness.Topics.FindAsync(FeedCommandHarness.Guild, "Harbour News", TestContext.Current.CancellationToken);
        var history = await harness.Topics.ListChangesAsync(topic!.Id, 10, TestContext.Current.CancellationToken);

        Assert.Contains("Paused", FeedCommandHarness.Shown(pause), StringComparison.Ordinal);
        Assert.Equal([$"feed resumed: {url}", $"feed paused: {url}"], history.Take(2).Select(c => c.Action));
        Assert.All(history.Take(2), c => Assert.Equal(FeedCommandHarness.Invoker, c.Actor));
        Assert.Equal((true, 3), (Assert.Single(pausedHere).IsPaused, paused!.ConsecutiveFailures));
        Assert.Equal(FeedCommandHarness.Invoker, pausedHere[0].Pause!.By);
        Assert.Contains("— paused", FeedCommandHarness.Shown(list), StringComparison.Ordinal);
        Assert.Contains("Resumed", FeedCommandHarness.Shown(resume), StringComparison.Ordinal);
        Assert.Equal((false, 0, null), (Assert.Single(resumedHere).IsPaused, resumed!.ConsecutiveFailures, resumed.LastError));
        Assert.Equal(FetchedAt, resumed.LastFetchedAt);
    }

    [Fact]
    public async Task Pause_FeedOfNoTopicInThisServer_RefusedAndNothingStored()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        await harness.SeedTopicAsync("Harbour News", harness.QuietFeedUrl("courier"));
        await harness.StartBotAsync();
        var stranger = harness.QuietFeedUrl("ledger");

        var reply = await harness.SendAsync("pause", FeedCommandHarness.Moderator, ("url", stranger));

        Assert.Contains("is not a feed of any topic in this server", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Null(await harness.FeedStates.GetAsync(stranger, TestContext.Current.CancellationToken));
    }

    private static Task SaveAsync(FeedCommandHarness harness, FeedState state) => harness.FeedStates.SaveAsync(state, TestContext.Current.CancellationToken);

    [Fact]
    public async Task List_UnknownTopic_ListsThisServersTopics()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        await harness.SeedTopicAsync("Harbour News", harness.QuietFeedUrl("courier"));
        await harness.SeedTopicAsync("Island Weather");
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("list", FeedCommandHarness.Moderator, ("topic", "Harbour Lights"));

        var shown = FeedCommandHarness.Shown(reply);
        Assert.Contains("There is no topic called **Harbour Lights**", shown, StringComparison.Ordinal);
        Assert.Contains("**Harbour News**, **Island Weather**", shown, StringComparison.Ordinal);
        Assert.True(FeedCommandHarness.IsEphemeral(reply));
    }
}
