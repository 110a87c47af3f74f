using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;
using NewsBot.Ingestion.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Fits the <see cref="SpeakerCalibration"/> (right and named speakers per evidence and agreement) on annotated
/// articles, and says by k-fold cross-validation what it yields on articles it did not see: on all folds but one, the
/// table is counted and the threshold chosen (the lowest with wrong &lt;= 0.03 in every corpus); the held-out fold is
/// scored with both. The pooled held-out curve is the honest trade-off; a curve read off the fitted table overstates it.
/// </summary>
internal static class SpeakerCalibrationFit
{
    public static List<SpeakerOutcome> Outcomes(IReadOnlyList<string> paths, string? split, SpeakerModel? model)
    {
        // An empty table asks every opinion and changes no confidence: the outcomes are the hand-set ones, with agreement.
        var empty = new SpeakerCalibration(new Dictionary<string, (int Right, int Named)>(), strength: 5);
        var extractor = new RuleBasedQuoteExtractor { MinSpeakerConfidence = 0, SpeakerModel = model, Calibration = empty };
        var outcomes = new List<SpeakerOutcome>();
        var article = 0;
        foreach (var path in paths)
        {
            var corpus = Path.GetFileName(path).StartsWith("polnear", StringComparison.Ordinal) ? "polnear" : "news";
            foreach (var gold in CorpusArticles.Read(path, split, language: null))
            {
                var quotes = extractor.Extract(PlainTextArticle.From(gold.Text).Text).Quotes;
                var id = article++;
                new QuoteScorer().Add(gold.Quotes, quotes.Select(q => (q.Text, q.Speaker)), speakerOutcomes: (i, right) =>
                    outcomes.Add(new SpeakerOutcome(corpus, id, quotes[i].SpeakerEvidence ?? "none", right, quotes[i].SpeakerConfidence)));
            }
        }

        return outcomes;
    }

    public static SpeakerCalibration Fit(IEnumerable<SpeakerOutcome> outcomes, double strength) =>
        SpeakerCalibration.Fit(outcomes.Where(o => o.Calibrated).Select(o => (o.Evidence, o.Right)), strength);

    public static IEnumerable<string> CrossValidate(IReadOnlyList<SpeakerOutcome> outcomes, int folds, double strength)
    {
        var thresholds = SpeakerConfidenceReport.Thresholds;
        var pooled = new List<ThresholdCounts>();
        var pooledFactor = new List<ThresholdCounts>();
        yield return $"cross-validation, {folds} folds (article i in fold i mod {folds}): table and threshold fitted on the other folds";
        for (var fold = 0; fold < folds; fold++)
        {
            var training = outcomes.Where(o => o.Article % folds != fold).ToList();
            var table = Fit(training, strength);
            var chosen = SpeakerThresholdCrossValidation.Choose(Counts(training, table, thresholds), thresholds.Count);
            var heldOut = Counts(outcomes.Where(o => o.Article % folds == fold).ToList(), table, thresholds);
            pooled.AddRange(heldOut);
            pooledFactor.AddRange(Counts(outcomes.Where(o => o.Article % folds == fold).ToList(), table, thresholds, factorOnly: true));
            var (right, wrong, scored) = Sum(heldOut, chosen);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"fold {fold}: threshold {thresholds[chosen]:0.00}\theld out right {Rate(right, scored):0.000} wrong {Rate(wrong, scored):0.000} ({scored})");
        }

        foreach (var line in Curve("held out", pooled, thresholds))
        {
            yield return line;
        }

        foreach (var line in Curve("held out, agreement factor", pooledFactor, thresholds))
        {
            yield return line;
        }

        // The same articles with the confidence the extractor gave without the table: what the table is measured against.
        foreach (var line in Curve("without table", Counts([.. outcomes], null, thresholds), thresholds))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> Curve(string label, List<ThresholdCounts> counts, IReadOnlyList<double> thresholds)
    {
        yield return $"{label}\tthreshold\tright\twrong\tnone\t(scored)";
        foreach (var corpus in counts.Select(c => c.Corpus).Distinct().Order(StringComparer.Ordinal))
        {
            var own = counts.Where(c => c.Corpus == corpus).ToList();
            for (var t = 0; t < thresholds.Count; t++)
            {
                var (right, wrong, scored) = Sum(own, t);
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{corpus}\t{thresholds[t]:0.00}\t{Rate(right, scored):0.000}\t{Rate(wrong, scored):0.000}\t{Rate(scored - right - wrong, scored):0.000}\t({scored})");
            }
        }
    }

    /// <summary>Per article, right / wrong / scored at each threshold, confidences from <paramref name="table"/> (null: as extracted).</summary>
    private static List<ThresholdCounts> Counts(List<SpeakerOutcome> outcomes, SpeakerCalibration? table, IReadOnlyList<double> thresholds, bool factorOnly = false)
    {
        var counts = new List<ThresholdCounts>();
        foreach (var article in outcomes.GroupBy(o => o.Article))
        {
            var own = ThresholdCounts.Empty(article.First().Corpus, thresholds.Count);
            foreach (var outcome in article)
            {
                var confidence = !outcome.Calibrated || table is null ? outcome.Confidence
                    : factorOnly ? outcome.Confidence * table.AgreementFactor(outcome.Evidence)
                    : table.Confidence(outcome.Evidence);
                for (var t = 0; t < thresholds.Count; t++)
                {
                    var shown = outcome.Named && confidence >= thresholds[t];
                    own.Right[t] += shown && outcome.Right ? 1 : 0;
                    own.Wrong[t] += shown && !outcome.Right ? 1 : 0;
                    own.Scored[t]++;
                }
            }

            counts.Add(own);
        }

        return counts;
    }

    private static (int Right, int Wrong, int Scored) Sum(IEnumerable<ThresholdCounts> counts, int threshold) =>
        counts.Aggregate((0, 0, 0), (s, c) => (s.Item1 + c.Right[threshold], s.Item2 + c.Wrong[threshold], s.Item3 + c.Scored[threshold]));

    private static double Rate(int count, int total) => count / (double)Math.Max(1, total);
}
