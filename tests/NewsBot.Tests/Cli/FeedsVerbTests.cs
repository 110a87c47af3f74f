using System.Text.Json;
using NewsBot.Testing;
using NewsBot.Testing.Sites;

namespace NewsBot.Tests.Cli;

/// <summary><c>feeds discover</c> and <c>digest</c> given a page, on invented loopback sites.</summary>
public sealed class FeedsVerbTests
{
    private static readonly Dictionary<string, string?> AllowLoopback = new() { ["Fetching:AllowPrivateAddresses"] = "true", ["Fetching:MaxRetries"] = "0" };

    [Fact]
    public async Task Discover_HomepageWithSeveralFeeds_PrintsThemBestFirstAndWhatWasTried()
    {
        await using var site = (await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken)).WithSeveralFeeds();

        var run = await CliRun.ExecuteAsync(["feeds", "discover", site.Url("/").AbsoluteUri], AllowLoopback);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"4 found on {site.Url("/")}:", lines[0]);
        Assert.Matches(@"^  rss +12 items  newest 2026-11-30  http://127\.0\.0\.1:\d+/rss\.xml  Harbour Courier$", lines[1]);
        Assert.EndsWith("(comments)", lines[4], StringComparison.Ordinal);
        Assert.Equal("tried (5 requests):", lines[5]);
        Assert.StartsWith("  page ", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_NothingFoundWithJson_ExitOneAndEveryAttempt()
    {
        await using var site = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        site.Map("/", FakeSite.Html(FakeFeeds.Page("Nothing", [])));

        var run = await CliRun.ExecuteAsync(["feeds", "discover", site.Url("/").AbsoluteUri, "--json"], AllowLoopback);

        Assert.Equal(1, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Empty(json.GetProperty("feeds").EnumerateArray());
        Assert.Equal(8, json.GetProperty("tried").GetArrayLength());
        Assert.Equal("HTTP 404", json.GetProperty("tried")[1].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Discover_LocalFile_UsageError()
    {
        var run = await CliRun.ExecuteAsync("feeds", "discover", "README.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give a web address", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_PageAddress_ReadsTheFeedFoundOnIt()
    {
        await using var site = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        site.Map("/", FakeSite.Html(FakeFeeds.Page("Valley Ledger", [FakeFeeds.Alternate("application/rss+xml", "/news.rss", "Valley Ledger news")])));
        site.Map("/news.rss", FakeSite.Xml(FakeFeeds.Rss("Valley Ledger news", 2, site.BaseUri)));

        var run = await CliRun.ExecuteAsync(["digest", site.Url("/").AbsoluteUri, "--json"], AllowLoopback);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").GetArrayLength());
        Assert.Contains("is not a feed; reading", run.Error, StringComparison.Ordinal);
    }
}
