using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Cli;

public sealed class RunVerbDigestTests
{
    private const string WorldChannel = "123456789012345678";
    private const string TownChannel = "223456789012345678";

    [Fact]
    public async Task Run_TwoConfiguredTopics_PollsFeedsAndPostsBothDigestsOnSchedule()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        fake.State.Channels[WorldChannel] = FakeChannelKind.Text;
        fake.State.Channels[TownChannel] = FakeChannelKind.Announcement;
        await using var site = await NewsSite.StartAsync();
        var now = TimeProvider.System.GetUtcNow();
        site.Publish("courier", SiteStory.Ferry(now.AddMinutes(-30)));
        site.Publish("ledger", SiteStory.Library(now.AddMinutes(-20)));
        var settings = new Dictionary<string, string?>(fake.Settings)
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Polling:FirstPollWindowSeconds"] = "0",
            // Quartz's seconds field: every 2 s, so the test sees scheduled digests in real time.
            ["Topics:0:Name"] = "World",
            ["Topics:0:Schedule"] = "0/2 * * * * ?",
            ["Topics:0:ChannelId"] = WorldChannel,
            ["Topics:0:Feeds:0"] = site.FeedUrl("courier"),
            ["Topics:1:Name"] = "Town",
            ["Topics:1:Schedule"] = "0/2 * * * * ?",
            ["Topics:1:ChannelId"] = TownChannel,
            ["Topics:1:Query"] = "library OR mill",
            ["Topics:1:Feeds:0"] = site.FeedUrl("ledger"),
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = CliRun.ExecuteAsync(["run"], settings, cancellationToken: stop.Token);

        await FakeDiscordServer.WaitUntilAsync(
            () => (HasDigest(fake, WorldChannel) && HasDigest(fake, TownChannel)) || running.IsCompleted,
            TestContext.Current.CancellationToken, TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        var run = await running;

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Skarva", Title(fake, WorldChannel), StringComparison.Ordinal);
        Assert.Contains("library", Title(fake, TownChannel), StringComparison.Ordinal);
        Assert.Equal(1, site.Server.Requests.Count(r => r.Path.EndsWith("/ferry.html", StringComparison.Ordinal)));
        Assert.All(fake.Requests, r => Assert.True(r.Status is >= 200 and < 300, $"{r.Method} {r.Path}: {r.Status} {r.Body}"));
    }

    // Digests:Layout is left at its default: the digest arrives as Components V2 containers.
    private static bool HasDigest(FakeDiscordServer fake, string channel) =>
        fake.State.Messages.Any(m => m.ChannelId == channel && m.HasContainer);

    private static string Title(FakeDiscordServer fake, string channel) =>
        fake.State.Messages.First(m => m.ChannelId == channel && m.HasContainer).ComponentText;
}
