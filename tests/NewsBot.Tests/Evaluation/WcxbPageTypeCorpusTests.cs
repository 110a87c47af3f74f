using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// The non-article page types and page-type detection on the held-out part of WCXB dev (../shared/data/wcxb-dev,
/// ids divisible by 3), which no rule or threshold was tuned on. Only aggregate figures are looked at; each bar
/// sits a little below what was measured.
/// </summary>
public sealed class WcxbPageTypeCorpusTests
{
    /// <summary>
    /// Just below the measured held-out word F1 per type (collection 0.730, documentation 0.956, forum 0.815, listing 0.620,
    /// product 0.675, service 0.818 once a region holding the article text and as many words again wins on a page that
    /// hardly declares itself an article and votes for another type: service was 0.812 before it; service 0.812 once a
    /// text rendered twice keeps one copy: forum was 0.806 before it; collection 0.730,
    /// listing 0.620, service 0.812 once an article text without prose loses to a region of items; before that collection
    /// 0.705, listing 0.613, service 0.810 with regions chosen by readable text, not script and style; before that collection 0.700,
    /// forum 0.796, listing 0.610, product 0.665 with the recommendation rails dropped: before them collection 0.703, forum 0.794,
    /// listing 0.605, product 0.663; collection was 0.711 before the link-dense listing vote, forum 0.765 before the
    /// question-and-answer bodies and 0.787 before posters' ranks, counters and signatures were dropped).
    /// </summary>
    private static readonly Dictionary<string, double> MinimumWordF1 = new(StringComparer.Ordinal)
    {
        ["collection"] = 0.70,
        ["documentation"] = 0.90,
        ["forum"] = 0.79,
        ["listing"] = 0.59,
        ["product"] = 0.65,
        ["service"] = 0.79,
    };

    [Fact]
    public void Run_HeldOutNonArticlePages_ReachWordF1ThresholdPerType()
    {
        var folder = CorpusOrSkip();
        var extractor = new ArticleExtractor();

        var report = ExtractionEvaluation.Run(folder, (html, uri) => new PageExtraction(extractor.Extract(html, uri).Text),
            EvaluationSplit.Holdout, TestContext.Current.CancellationToken);

        var byType = report.WordF1ByType().ToDictionary(t => t.Type, t => t.WordF1, StringComparer.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine($"held-out: {string.Join("  ", byType.Select(t => $"{t.Key}={t.Value:F3}"))}");
        var below = MinimumWordF1.Where(m => byType[m.Key] < m.Value).Select(m => $"{m.Key} {byType[m.Key]:F3} < {m.Value}").ToList();
        Assert.True(below.Count == 0, $"held-out word F1 below the bar: {string.Join(", ", below)}");
    }

    [Fact]
    public void Run_HeldOutPageTypes_DetectedAtLeastAsOftenAsMeasured()
    {
        var folder = CorpusOrSkip();
        var extractor = new ArticleExtractor();

        var report = PageTypeEvaluation.Run(folder, EvaluationSplit.Holdout, (html, uri) => extractor.Extract(html, uri).PageType,
            TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"held-out page types: {report.Correct}/{report.Pages} ({report.Accuracy:F3})");
        Assert.Equal(497, report.Pages);
        Assert.True(report.Accuracy >= 0.69, $"held-out page-type accuracy {report.Accuracy:F3} is below 0.69 (measured 0.714)");
    }

    private static string CorpusOrSkip()
    {
        var folder = TestPaths.SharedDataFolder("wcxb-dev");
        if (folder is null)
        {
            Assert.Skip("../shared/data/wcxb-dev is absent (evaluation data lives outside the repository)");
        }

        return folder!;
    }
}
