using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// Title, author and publish date on the held-out part of WCXB dev (ids divisible by 3, never tuned on), by the rules
/// of <see cref="WcxbMetadataEvaluation"/>. Aggregates only; each bar sits a little below what was measured.
/// </summary>
public sealed class WcxbMetadataCorpusTests
{
    /// <summary>
    /// Measured held-out: title 0.843, author 0.805, publish date 0.900 (224/249; 0.892 before session meta32's revision day
    /// shown where only the JSON-LD declares the publication; bar raised to 0.895) (title 0.839 before session title8's address-slug
    /// features on 63 cross-validated features (0.837 with those alone); bar raised to 0.84) (title 0.819 before session meta7's learned title
    /// chooser; bar raised to 0.83; author 0.801 before session meta8's outlet staff credits and author-page links; bar raised
    /// to 0.80) (title 0.811 before session meta6's thread labels,
    /// forum posts declared as a web page's main entity, site-only titles and icon titles; bar raised to 0.81) (0.888 before session meta5's UTC time a day after the
    /// shown day that no offset reaches; bar raised to 0.89) (0.880 before session meta4's shown day alone under the
    /// headline days before the declared one; bar raised to 0.88) (0.880 unchanged by session meta3's side-column bylines and
    /// loose, ISO-timed and citation dates, which moved tune only; bars raised to 0.79 and 0.87 then) (title 0.809 and date 0.876 before session meta2's
    /// site-named headline and UTC times read on the shown day; author 0.797 before an article's own footer was read;
    /// title 0.799 and author 0.793 before session meta's comparison by words and by one shared person; 0.799, 0.785, 0.867 before extract8's brand credits,
    /// headline and owner bylines and dates in digits; 0.793, 0.728, 0.867 before the thread starters and byline labels;
    /// 0.684, 0.679, 0.679 before the shown values).
    /// </summary>
    private static readonly Dictionary<string, double> MinimumRate = new(StringComparer.Ordinal)
    {
        ["title"] = 0.84,
        ["author"] = 0.80,
        ["publish_date"] = 0.895,
    };

    [Fact]
    public void Run_HeldOutPages_ReachTheRatePerField()
    {
        var folder = TestPaths.SharedDataFolder("wcxb-dev");
        if (folder is null)
        {
            Assert.Skip("../shared/data/wcxb-dev is absent (evaluation data lives outside the repository)");
        }

        var extractor = new ArticleExtractor();

        var report = WcxbMetadataEvaluation.Run(folder!, EvaluationSplit.Holdout, (html, uri) => extractor.Extract(html, uri).Metadata,
            TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"held-out: {string.Join("  ", report.Fields.Select(f => $"{f.Field} {f.Hits}/{f.Total} ({f.Rate:F3})"))}");
        Assert.Empty(report.Misses);
        var below = MinimumRate.Where(m => report[m.Key].Rate < m.Value).Select(m => $"{m.Key} {report[m.Key].Rate:F3} < {m.Value}").ToList();
        Assert.True(below.Count == 0, $"held-out metadata below the bar: {string.Join(", ", below)}");
    }
}
