using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class DigestVerbTests
{
    private const string Courier = "samples/feeds/northfield-courier.xml";
    private const string Ledger = "samples/feeds/valley-ledger.xml";

    [Fact]
    public async Task Digest_RssSample_PrintsStoriesWithAttributedKeyQuotes()
    {
        var run = await CliRun.ExecuteAsync("digest", Courier);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 stories", run.Output, StringComparison.Ordinal);
        Assert.Contains("Harbour council approves two new ferries", run.Output, StringComparison.Ordinal);
        Assert.Contains("— Mara Lindqvist", run.Output, StringComparison.Ordinal);
        Assert.Contains("Northfield Courier · 2026-11-27 07:30 UTC", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Digest_AtomSampleJson_FollowsTheContract()
    {
        var run = await CliRun.ExecuteAsync("digest", Ledger, "--json");

        Assert.Equal(0, run.ExitCode);
        var stories = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(3, stories.Count);
        var first = stories[0];
        Assert.Equal("State backs plan to restore passenger trains to the valley", first.GetProperty("title").GetString());
        Assert.Equal("The Valley Ledger", first.GetProperty("source").GetString());
        Assert.Equal("2026-11-28T18:20:00Z", first.GetProperty("published").GetString());
        Assert.EndsWith("rail-line.html", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        var quote = first.GetProperty("quotes")[0];
        Assert.Equal(["text", "speaker", "speakerRole", "isKey", "score", "start", "end", "speakerConfidence", "displayText"], quote.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Digest_TwoFeedsAndMaxStories_NewestFirstAcrossFeeds()
    {
        var run = await CliRun.ExecuteAsync("digest", Courier, Ledger, "--json", "--max-stories", "3");

        var titles = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.Equal(
            ["State backs plan to restore passenger trains to the valley",
             "Weather office warns of strongest autumn storm in a decade",
             "Orchard growers form cooperative to build shared cider press"],
            titles);
    }

    [Fact]
    public async Task Digest_OneFeedMissing_ReportsItAndDigestsTheOthersThenExitsOne()
    {
        var run = await CliRun.ExecuteAsync("digest", Courier, "samples/feeds/no-such-feed.xml", Ledger, "--json");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("no-such-feed.xml: file not found", line, StringComparison.Ordinal);
        var sources = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("source").GetString()).ToHashSet();
        Assert.Equal(["Northfield Courier", "The Valley Ledger"], sources.Order());
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData("1", 1)]
    public async Task Digest_NoMaxQuotes_TakesTheBotsQuotesPerStory(string? setting, int expectedKeyQuotes)
    {
        var settings = new Dictionary<string, string?> { ["Digests:MaxQuotesPerStory"] = setting };

        var run = await CliRun.ExecuteAsync(["digest", Courier, "--json"], setting is null ? null : settings);

        var keyQuotes = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("isKey").GetBoolean()));
        Assert.Equal(expectedKeyQuotes, keyQuotes.Max());
    }

    [Fact]
    public async Task Digest_MissingArticle_KeepsStoryFromTheFeedSummaryAndWarns()
    {
        var feed = Path.Combine(AppContext.BaseDirectory, "TestData", "broken-links.xml");

        var run = await CliRun.ExecuteAsync("digest", feed, "--json");

        Assert.Equal(0, run.ExitCode);
        var story = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories")[0];
        Assert.True(story.GetProperty("fromExcerpt").GetBoolean());
        Assert.Equal("Agnes Thorsen", story.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        Assert.Contains("does-not-exist.html", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ArticleWithNoText_QuotesTheFeedSummaryUnderTheArticleTitle()
    {
        var feed = Path.Combine(AppContext.BaseDirectory, "TestData", "script-only-feed.xml");

        var run = await CliRun.ExecuteAsync("digest", feed, "--json");

        Assert.Equal(0, run.ExitCode);
        var story = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories")[0];
        Assert.True(story.GetProperty("fromExcerpt").GetBoolean());
        Assert.Equal("Harrow Point Gazette", story.GetProperty("source").GetString());
        Assert.Equal("Petra Lund", story.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        Assert.Contains("script-only.html", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_NotAFeed_OneLineNamingTheInputAndExitOne()
    {
        var run = await CliRun.ExecuteAsync("digest", "samples/articles/northfield/budget-vote.html");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("budget-vote.html", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_SameArticleInTwoFeeds_ShownOnce()
    {
        var article = new Uri(Path.Combine(TestPaths.Samples, "articles", "northfield", "ferry-expansion.html")).AbsoluteUri;
        var folder = Directory.CreateTempSubdirectory("newsbot-mirror-");
        var mirror = Path.Combine(folder.FullName, "mirror.xml");
        await File.WriteAllTextAsync(mirror, $"""
            <rss version="2.0"><channel><title>Island Mirror</title>
            <item><title>Ferries approved</title><link>{article}</link><guid>mirror-1</guid><pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """, TestContext.Current.CancellationToken);

        var run = await CliRun.ExecuteAsync("digest", Courier, mirror, "--json");
        folder.Delete(recursive: true);

        var urls = JsonDocument.Parse(run.Output).RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("url").GetString()).ToList();
        Assert.Equal(4, urls.Count);
        Assert.Single(urls, u => u!.EndsWith("ferry-expansion.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_NoFeeds_UsageError()
    {
        var run = await CliRun.ExecuteAsync("digest");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Digest_RelativePaths_ResolveAgainstTheWorkingDirectory()
    {
        var run = await CliRun.ExecuteAsync(["digest", "feeds/valley-ledger.xml"], workingDirectory: TestPaths.Samples);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 stories", run.Output, StringComparison.Ordinal);
    }
}
