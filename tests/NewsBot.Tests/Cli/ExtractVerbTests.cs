using System.Text.Json;

namespace NewsBot.Tests.Cli;

public sealed class ExtractVerbTests
{
    private const string FerryArticle = "samples/articles/northfield/ferry-expansion.html";
    private static readonly string Teaser = Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "ketterby-teaser.html");

    [Fact]
    public async Task Extract_HtmlJson_FollowsTheContract()
    {
        var run = await CliRun.ExecuteAsync("extract", FerryArticle, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = Parse(run.Output);
        Assert.Equal(
            ["title", "byline", "published", "siteName", "language", "url", "image", "partial", "text", "reason", "pageType"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Harbour council approves two new ferries for the island route", root.GetProperty("title").GetString());
        Assert.Equal("Elsa Brandvold", root.GetProperty("byline").GetString());
        Assert.Equal("2026-11-27T07:30:00Z", root.GetProperty("published").GetString());
        Assert.False(root.GetProperty("partial").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reason").ValueKind);
        Assert.Contains("\n\n", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("article", root.GetProperty("pageType").GetString());
    }

    [Fact]
    public async Task Extract_GzipFile_RefusedInOneLineExitsOne()
    {
        var archive = Path.Combine(Directory.CreateTempSubdirectory("newsbot-binary-").FullName, "page.html.gz");
        await using (var gzip = new System.IO.Compression.GZipStream(File.Create(archive), System.IO.Compression.CompressionLevel.Optimal))
            await gzip.WriteAsync("<html><body><p>Text</p></body></html>"u8.ToArray(), TestContext.Current.CancellationToken);

        var run = await CliRun.ExecuteAsync("extract", archive);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("is binary data", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_PaywalledTeaserJson_IsPartialWithReasonAndFullMetadata()
    {
        var run = await CliRun.ExecuteAsync("extract", Teaser, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = Parse(run.Output);
        Assert.Equal("Ketterby lock keepers vote to strike over rota changes", root.GetProperty("title").GetString());
        Assert.Equal("Priya Halloran", root.GetProperty("byline").GetString());
        Assert.Equal("2026-10-14T05:15:00Z", root.GetProperty("published").GetString());
        Assert.Equal("Ketterby Post", root.GetProperty("siteName").GetString());
        Assert.Equal("en-GB", root.GetProperty("language").GetString());
        Assert.Equal("https://ketterby-post.example/news/lock-keepers-strike", root.GetProperty("url").GetString());
        Assert.Equal("https://ketterby-post.example/images/lock-gates.jpg", root.GetProperty("image").GetString());
        Assert.True(root.GetProperty("partial").GetBoolean());
        Assert.StartsWith("the page declares itself not free to read", root.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("Lock keepers on the Ketterby canal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_Text_PrintsHeaderPartialNoteAndBlocks()
    {
        var run = await CliRun.ExecuteAsync("extract", Teaser);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Ketterby lock keepers vote to strike over rota changes", lines[0]);
        Assert.StartsWith("Ketterby Post · Priya Halloran · ", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("(partial: the page declares itself not free to read", StringComparison.Ordinal));
        Assert.Contains("strike for three days next month, their union said on Tuesday.\n\n“We have been patient",
            run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingFile_FailsWithOneLine()
    {
        var run = await CliRun.ExecuteAsync("extract", "samples/articles/no-such-page.html");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("not found", run.Error, StringComparison.Ordinal);
    }

    private static JsonElement Parse(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }
}
