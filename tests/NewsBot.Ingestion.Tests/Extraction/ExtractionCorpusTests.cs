using System.IO.Compression;
using System.Text.Json;
using NewsBot.Ingestion.Extraction;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Main-text quality on the article-extraction-benchmark pages in ../shared/data/extraction.</summary>
public sealed class ExtractionCorpusTests
{
    /// <summary>Just below the measured F1 (0.982), so a regression fails while small tuning noise does not.</summary>
    private const double MinimumF1 = 0.975;

    [Fact]
    public void Extract_BenchmarkCorpus_ReachesF1Threshold()
    {
        var folder = TestPaths.SharedDataFolder("extraction")
            ?? SkipWith("../shared/data/extraction is absent (evaluation data lives outside the repository)");
        using var truthFile = File.OpenRead(Path.Combine(folder, "ground-truth.json"));
        using var truth = JsonDocument.Parse(truthFile);
        var extractor = new ArticleExtractor();
        var scores = new List<ShingleScore>();
        var predictions = new Dictionary<string, object>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var url = page.Value.GetProperty("url").GetString();
            var html = ReadGzip(Path.Combine(folder, "html", page.Name + ".html.gz"));
            var text = extractor.Extract(html, url is null ? null : new Uri(url)).Text;
            var score = ExtractionScorer.ScorePage(page.Value.GetProperty("articleBody").GetString() ?? "", text);
            scores.Add(score);
            predictions[page.Name] = new { articleBody = text };
            TestContext.Current.TestOutputHelper?.WriteLine($"{page.Name[..12]} P {score.Precision:F3} R {score.Recall:F3}");
        }

        var corpus = ExtractionScorer.Aggregate(scores);
        TestContext.Current.TestOutputHelper?.WriteLine($"{scores.Count} pages: {corpus}");
        WritePredictionsWhenAsked(predictions);
        Assert.Equal(123, scores.Count);
        Assert.True(corpus.F1 >= MinimumF1, $"{corpus} is below {MinimumF1}");
    }

    /// <summary>Set NEWSBOT_EXTRACTION_PREDICTIONS to a path to score the same output with eval_extraction.py.</summary>
    private static void WritePredictionsWhenAsked(Dictionary<string, object> predictions)
    {
        if (Environment.GetEnvironmentVariable("NEWSBOT_EXTRACTION_PREDICTIONS") is { Length: > 0 } path)
        {
            File.WriteAllText(path, JsonSerializer.Serialize(predictions));
        }
    }

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    private static string SkipWith(string reason)
    {
        Assert.Skip(reason);
        return reason;
    }
}
