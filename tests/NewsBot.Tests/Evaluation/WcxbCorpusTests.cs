using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// Article extraction on the held-out part of WCXB dev (../shared/data/wcxb-dev, pages whose id is divisible by 3),
/// which no rule or threshold was tuned on. Only the aggregate figure is looked at.
/// </summary>
public sealed class WcxbCorpusTests
{
    /// <summary>Just below the measured held-out article word F1 (0.951 on 7 Dec, the 0.95 bar; 0.900 before the candidates).</summary>
    private const double MinimumArticleWordF1 = 0.945;

    [Fact]
    public void Run_HeldOutArticles_ReachWordF1Threshold()
    {
        var folder = TestPaths.SharedDataFolder("wcxb-dev");
        if (folder is null)
        {
            Assert.Skip("../shared/data/wcxb-dev is absent (evaluation data lives outside the repository)");
            return;
        }

        var extractor = new ArticleExtractor();

        var report = ExtractionEvaluation.Run(folder, (html, uri) => new PageExtraction(extractor.Extract(html, uri).Text),
            EvaluationSplit.Holdout, TestContext.Current.CancellationToken);

        var articles = report.WordF1ByType().Single(t => t.Type == "article");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"held-out: {report.Pages.Count} pages, word F1 {report.WordF1:F3}, articles {articles.WordF1:F3} ({articles.Pages}), below 0.5: {report.PagesBelowHalf}");
        Assert.Equal(497, report.Pages.Count);
        Assert.True(articles.WordF1 >= MinimumArticleWordF1, $"held-out article word F1 {articles.WordF1:F3} is below {MinimumArticleWordF1}");
    }
}
