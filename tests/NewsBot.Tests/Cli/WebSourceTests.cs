using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>The verbs over http, against a loopback server serving the samples.</summary>
public sealed class WebSourceTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> AllowLoopback = new()
    {
        ["Fetching:AllowPrivateAddresses"] = "true",
        ["Fetching:RetryBaseDelayMilliseconds"] = "1",
    };

    private LoopbackHttpServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        foreach (var path in Directory.EnumerateFiles(TestPaths.Samples, "*.*", SearchOption.AllDirectories))
        {
            var relative = "/" + Path.GetRelativePath(TestPaths.Samples, path).Replace('\\', '/');
            var type = path.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "application/xml";
            _server.Map(relative, LoopbackResponse.Bytes(await File.ReadAllBytesAsync(path), type));
        }
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Quotes_LoopbackArticleAllowed_ReturnsAttributedQuotes()
    {
        var url = _server.Url("/articles/valley/rail-line.html").AbsoluteUri;

        var run = await CliRun.ExecuteAsync(["quotes", url, "--json"], AllowLoopback);

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(url, root.GetProperty("url").GetString());
        Assert.Contains(root.GetProperty("quotes").EnumerateArray(),
            q => q.GetProperty("speaker").GetString() == "Priya Venkataraman");
    }

    [Fact]
    public async Task Quotes_LoopbackArticleByDefault_RefusedInOneLine()
    {
        var url = _server.Url("/articles/valley/rail-line.html").AbsoluteUri;

        var run = await CliRun.ExecuteAsync("quotes", url);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("refused", line, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public async Task Quotes_ServerNeverAnswers_TimeoutIsOneLineWithoutResilienceErrors(string retries)
    {
        _server.MapStalled("/articles/stalled.html");
        var settings = new Dictionary<string, string?>(AllowLoopback) { ["Fetching:TimeoutSeconds"] = "1", ["Fetching:MaxRetries"] = retries };

        var run = await CliRun.ExecuteAsync(["quotes", _server.Url("/articles/stalled.html").AbsoluteUri], settings);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("timed out", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Resilience", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_ServerErrorRetried_ExactlyOneErrorLine()
    {
        _server.Map("/articles/failing.html", LoopbackResponse.Status(503));
        var settings = new Dictionary<string, string?>(AllowLoopback) { ["Fetching:MaxRetries"] = "2" };

        var run = await CliRun.ExecuteAsync(["quotes", _server.Url("/articles/failing.html").AbsoluteUri], settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, _server.CountRequests("/articles/failing.html"));
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("503", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_HttpError_OneLineWithStatus()
    {
        var run = await CliRun.ExecuteAsync(["quotes", _server.Url("/articles/gone.html").AbsoluteUri], AllowLoopback);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("404", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_BodyOverTheCap_OneLineNamingTheCap()
    {
        var settings = new Dictionary<string, string?>(AllowLoopback) { ["Fetching:MaxResponseBytes"] = "2048" };

        var run = await CliRun.ExecuteAsync(["quotes", _server.Url("/articles/valley/rail-line.html").AbsoluteUri], settings);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("2,048", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_FeedOverHttp_ResolvesRelativeLinksAgainstTheFeedUrl()
    {
        var run = await CliRun.ExecuteAsync(["digest", _server.Url("/feeds/northfield-courier.xml").AbsoluteUri, "--json"], AllowLoopback);

        Assert.Equal(0, run.ExitCode);
        var stories = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(4, stories.Count);
        Assert.All(stories, s => Assert.False(s.GetProperty("fromExcerpt").GetBoolean()));
        Assert.Equal(1, _server.CountRequests("/articles/northfield/ferry-expansion.html"));
    }
}
