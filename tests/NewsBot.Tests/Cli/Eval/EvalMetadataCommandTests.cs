namespace NewsBot.Tests.Cli.Eval;

public sealed class EvalMetadataCommandTests
{
    [Fact]
    public async Task EvalMetadata_InventedPages_PrintsRatesAndListsMisses()
    {
        using var corpus = new TemporaryFolder();
        corpus.Write("pages/heron/source.html", """
            <html lang="en"><head><title>Herons return to Mossgate marsh - Mossgate Echo</title>
            <meta property="og:site_name" content="Mossgate Echo"><meta name="author" content="Wren Ashdown">
            <meta property="article:published_time" content="2025-04-02T23:30:00-04:00"></head>
            <body><article><p>Grey herons have returned to Mossgate marsh for the first time in a decade, volunteers said.</p></article></body></html>
            """);
        corpus.Write("pages/heron/expected-metadata.json", """
            {"title": "Herons return to Mossgate marsh - Mossgate Echo", "byline": "By Wren Ashdown\n   Mossgate Echo",
             "siteName": "Mossgate Echo Online", "publishedTime": "2025-04-03T03:30:00.000Z", "lang": "en", "excerpt": null}
            """);

        var run = await CliRun.ExecuteAsync("eval", "metadata", corpus.Path, "--misses");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("title            1/1   1.000", lines);
        Assert.Contains("byline           1/1   1.000", lines);
        Assert.Contains("publishedTime    1/1   1.000", lines);
        Assert.Contains("siteName         0/1   0.000", lines);
        Assert.Contains("  heron siteName: expected «Mossgate Echo Online» got «Mossgate Echo»", lines);
    }

    [Fact]
    public async Task Eval_Help_ListsTheExtractionAndMetadataCommands()
    {
        var run = await CliRun.ExecuteAsync("eval", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("extraction", run.Output, StringComparison.Ordinal);
        Assert.Contains("metadata", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalMetadata_FolderWithoutPages_IsAUsageError()
    {
        using var empty = new TemporaryFolder();

        var run = await CliRun.ExecuteAsync("eval", "metadata", empty.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("expected-metadata.json", run.Error, StringComparison.Ordinal);
    }
}
