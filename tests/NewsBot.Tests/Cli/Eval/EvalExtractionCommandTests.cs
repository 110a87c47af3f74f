using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli.Eval;

public sealed class EvalExtractionCommandTests
{
    private const string Story = "The Orrin Valley Herald reports that the footbridge over the Tamsey reopens on Friday after repairs.";

    [Fact]
    public async Task EvalExtraction_InventedCorpus_PrintsTheMetricAndWritesPredictions()
    {
        using var corpus = new TemporaryFolder();
        corpus.Write("ground-truth.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["bridge"] = new { articleBody = Story, url = "https://orrin-herald.example/bridge" },
            ["missing"] = new { articleBody = "A page whose HTML was never saved.", url = "https://orrin-herald.example/missing" },
        }));
        WriteGzip(Path.Combine(corpus.Path, "html", "bridge.html.gz"),
            $"<html><body><nav><a href=\"/\">Home</a></nav><article><p>{Story}</p></article></body></html>");
        var predictions = Path.Combine(corpus.Path, "pred.json");

        var run = await CliRun.ExecuteAsync("eval", "extraction", corpus.Path, "--output", predictions);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("pages 2 (without html: 1), split all", lines);
        // The page without HTML scores empty: no precision to average (nothing predicted), recall 0.
        Assert.Contains("precision 1.000000", lines);
        Assert.Contains("recall    0.500000", lines);
        Assert.Contains("F1        0.666667", lines);
        using var written = JsonDocument.Parse(File.ReadAllText(predictions));
        Assert.Equal(Story, written.RootElement.GetProperty("bridge").GetProperty("articleBody").GetString());
        Assert.Equal("", written.RootElement.GetProperty("missing").GetProperty("articleBody").GetString());
        Assert.Equal("article", written.RootElement.GetProperty("bridge").GetProperty("pageType").GetString());
        Assert.False(written.RootElement.GetProperty("missing").TryGetProperty("pageType", out _));
    }

    [Fact]
    public async Task EvalExtraction_BenchmarkCorpus_ScoresEveryPageAboveTheGate()
    {
        var folder = TestPaths.SharedDataFolder("extraction");
        if (folder is null)
        {
            Assert.Skip("../shared/data/extraction is absent (evaluation data lives outside the repository)");
            return;
        }

        using var output = new TemporaryFolder();
        var predictions = Path.Combine(output.Path, "pred.json");

        var run = await CliRun.ExecuteAsync("eval", "extraction", folder, "--output", predictions);

        Assert.Equal(0, run.ExitCode);
        var f1 = run.Output.ReplaceLineEndings("\n").Split('\n').Single(l => l.StartsWith("F1 ", StringComparison.Ordinal));
        Assert.True(double.Parse(f1[3..], System.Globalization.CultureInfo.InvariantCulture) >= 0.975, f1);
        using var written = JsonDocument.Parse(File.ReadAllText(predictions));
        Assert.Equal(123, written.RootElement.EnumerateObject().Count(p => p.Value.TryGetProperty("articleBody", out _)));
    }

    [Fact]
    public async Task EvalExtraction_FolderWithoutGroundTruth_IsAUsageError()
    {
        using var empty = new TemporaryFolder();

        var run = await CliRun.ExecuteAsync("eval", "extraction", empty.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ground-truth.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalExtraction_PageTypedCorpus_PrintsWordF1PerTypeOnTheChosenSplit()
    {
        using var corpus = new TemporaryFolder();
        corpus.Write("ground-truth.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["0001"] = new { articleBody = Story, url = "https://orrin-herald.example/bridge", page_type = "article" },
            ["0002"] = new { articleBody = "Thread about ferry times and the new pier.", url = "https://orrin-herald.example/f", page_type = "forum" },
            ["0003"] = new { articleBody = Story, url = "https://orrin-herald.example/held", page_type = "article" },
        }));
        WriteGzip(Path.Combine(corpus.Path, "html", "0001.html.gz"), $"<html><body><article><p>{Story}</p></article></body></html>");

        var run = await CliRun.ExecuteAsync("eval", "extraction", corpus.Path, "--split", "tune", "--worst", "5");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("pages 2 (without html: 1), split tune", lines);
        Assert.Contains("article=1.000 (1)  forum=0.000 (1)", lines);
        Assert.Contains("word-F1 0.500 over 2 pages; below 0.5: 1", lines);
        Assert.StartsWith("  0002 word-F1 0.000", lines.Single(l => l.Contains("0002", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("0003", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvalExtraction_WorstOnHoldout_IsRefused()
    {
        using var corpus = new TemporaryFolder();
        corpus.Write("ground-truth.json", "{}");

        var run = await CliRun.ExecuteAsync("eval", "extraction", corpus.Path, "--split", "holdout", "--worst", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tune pages only", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalExtraction_SnippetCorpus_PrintsTrafilaturaCounts()
    {
        using var corpus = new TemporaryFolder();
        corpus.Write("evaldata.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["0001"] = new { url = "https://orrin-herald.example/bridge", file = "bridge.html", with = new[] { "footbridge over  the Tamsey", "never printed" }, without = new[] { "Home" } },
        }));
        WriteGzip(Path.Combine(corpus.Path, "html", "0001.html.gz"),
            $"<html><body><nav><a href=\"/\">Home</a></nav><article><p>{Story}</p></article></body></html>");

        var run = await CliRun.ExecuteAsync("eval", "extraction", corpus.Path);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("snippets: TP 1 FP 0 FN 1 TN 1", lines);
        Assert.Contains("precision 1.000  recall 0.500  accuracy 0.667  F1 0.667", lines);
    }

    private static void WriteGzip(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}
