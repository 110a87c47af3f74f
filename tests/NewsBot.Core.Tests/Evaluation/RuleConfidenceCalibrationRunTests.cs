using NewsBot.Core.Quotes.Calibration;
using NewsBot.Evaluation;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Evaluation;

/// <summary>The shipped rules' confidence table is what `eval calibrate-rules` writes from the corpora README names.</summary>
public sealed class RuleConfidenceCalibrationRunTests
{
    [Fact]
    public void Run_ReadmeCorpora_ReproducesTheShippedTable()
    {
        var quotes = TestPaths.SharedDataFolder("quotes");
        var news = TestPaths.SharedDataFolder("quotes-news");
        if (quotes is null || news is null)
        {
            Assert.Skip("PolNeAR or the news set not found beside the repository (../shared/data).");
        }

        var invented = new[] { "invented-english", "invented-german", "invented-romance" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "eval", folder), "*.jsonl").Order(StringComparer.Ordinal));
        string[] paths = [Path.Combine(quotes, "polnear-train.jsonl"), Path.Combine(news, "news-dev.jsonl"), Path.Combine(TestPaths.RepositoryRoot, "eval", "news-quotes", "additions.jsonl"), .. invented];

        var (table, _) = RuleConfidenceCalibrationRun.Run(paths);

        Assert.Equal(RuleConfidenceTable.Embedded.ToJson(), table.ToJson());
    }
}
