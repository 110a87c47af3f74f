using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Cli;

/// <summary>What <c>run</c> prints while healthy: timestamped single lines (or JSON), a start-up line, a line per digest, never the token.</summary>
public sealed partial class RunVerbLoggingTests
{
    private const string Channel = "123456789012345678";
    private const string Secret = "MTIzNDU2Nzg5.logging-secret-token";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_DefaultFormat_TimestampedLinesWithStartupAndDigestAndNoToken()
    {
        var output = await RunUntilDigestAsync(new Dictionary<string, string?>());

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(TimestampedLine(), line));
        var started = Assert.Single(lines, l => l.Contains(" started: data folder ", StringComparison.Ordinal));
        Assert.Contains("NewsBot 0.", started, StringComparison.Ordinal);
        Assert.Contains("1 topics, 1 feeds", started, StringComparison.Ordinal);
        Assert.Contains(" MB (", started, StringComparison.Ordinal);
        // One start-up line: the database size is said there only.
        Assert.Single(lines, l => l.Contains(" MB (", StringComparison.Ordinal));
        var digest = Assert.Single(lines, l => l.Contains("Topic World: digest to channel " + Channel, StringComparison.Ordinal));
        Assert.Contains("1 stories in 1 messages, sent", digest, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Microsoft.Hosting.Lifetime", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_JsonFormatterVerbose_EveryLineIsAJsonObjectWithTimestampAndNoToken()
    {
        var output = await RunUntilDigestAsync(new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "json" }, "--verbose");

        var entries = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entries, e => Assert.Matches(IsoTimestamp(), e.GetProperty("Timestamp").GetString()!));
        Assert.Contains(entries, e => e.GetProperty("Message").GetString()!.Contains(" started: data folder ", StringComparison.Ordinal)
            && e.GetProperty("LogLevel").GetString() == "Information");
        Assert.Contains(entries, e => e.GetProperty("Message").GetString()!.StartsWith("Topic World: digest to channel", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.GetProperty("LogLevel").GetString() == "Debug");
        Assert.DoesNotContain(Secret, output, StringComparison.Ordinal);
    }

    /// <summary>A bot with one topic whose digest falls due every 2 s, run until its first digest is posted.</summary>
    private static async Task<string> RunUntilDigestAsync(Dictionary<string, string?> extra, params string[] options)
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Token = Secret }, cancellationToken: Cancellation);
        fake.State.Channels[Channel] = FakeChannelKind.Text;
        await using var site = await NewsSite.StartAsync();
        site.Publish("courier", SiteStory.Ferry(TimeProvider.System.GetUtcNow().AddMinutes(-30)));
        var settings = new Dictionary<string, string?>(fake.Settings)
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Polling:FirstPollWindowSeconds"] = "0",
            ["Topics:0:Name"] = "World",
            ["Topics:0:Schedule"] = "0/2 * * * * ?",
            ["Topics:0:ChannelId"] = Channel,
            ["Topics:0:Feeds:0"] = site.FeedUrl("courier"),
        };
        foreach (var (key, value) in extra)
            settings[key] = value;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var running = CliRun.ExecuteAsync(["run", .. options], settings, cancellationToken: stop.Token);
        await FakeDiscordServer.WaitUntilAsync(() => fake.State.Messages.Any(m => m.ChannelId == Channel) || running.IsCompleted, Cancellation);
        await stop.CancelAsync();
        var run = await running;
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        return run.Output;
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (trce|dbug|info|warn|fail|crit): [\w.]+\[\d+\] \S")]
    private static partial Regex TimestampedLine();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")]
    private static partial Regex IsoTimestamp();
}
