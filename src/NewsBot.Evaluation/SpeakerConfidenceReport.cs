using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;
using NewsBot.Ingestion.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// The trade-off behind the speaker threshold: right / wrong / none at each confidence threshold, and how often each
/// kind of evidence names the right speaker. The extractor runs once with no threshold; each line re-scores its output.
/// </summary>
internal static class SpeakerConfidenceReport
{
    public static IReadOnlyList<double> Thresholds { get; } = Enumerable.Range(0, 21).Select(i => i * 0.05).ToList();

    public static IEnumerable<string> Run(IReadOnlyList<string> paths, string? split, string? language, int maxArticles, SpeakerModel? model, int folds = 0, SpeakerCalibration? calibration = null)
    {
        var extractor = new RuleBasedQuoteExtractor { MinSpeakerConfidence = 0, SpeakerModel = model, Calibration = calibration };
        var byThreshold = Thresholds.ToDictionary(t => t, _ => new QuoteScorer());
        var byEvidence = new SortedDictionary<string, QuoteScorer>(StringComparer.Ordinal);
        var articles = new List<(GoldArticle Gold, IReadOnlyList<Quote> Quotes)>();
        var counts = new List<ThresholdCounts>();
        var read = paths.SelectMany(path => CorpusArticles.Read(path, split, language).Select(article => (Corpus: CorpusName(path), Article: article)));
        foreach (var (corpus, article) in read.Take(maxArticles))
        {
            var quotes = extractor.Extract(PlainTextArticle.From(article.Text).Text).Quotes;
            articles.Add((article, quotes));
            var own = ThresholdCounts.Empty(corpus, Thresholds.Count);
            for (var t = 0; t < Thresholds.Count; t++)
            {
                var single = new QuoteScorer();
                single.Add(article.Quotes, quotes.Select(q => (q.Text, q.SpeakerConfidence >= Thresholds[t] ? q.Speaker : null)));
                byThreshold[Thresholds[t]].Add(article.Quotes, quotes.Select(q => (q.Text, q.SpeakerConfidence >= Thresholds[t] ? q.Speaker : null)));
                (own.Right[t], own.Wrong[t], own.Scored[t]) = (single.SpeakersCorrect, single.SpeakersWrong, single.SpeakersScored);
            }

            counts.Add(own);
        }

        foreach (var evidence in articles.SelectMany(a => a.Quotes).Select(q => q.SpeakerEvidence ?? "none").Distinct())
        {
            var scorer = new QuoteScorer();
            foreach (var (gold, quotes) in articles)
            {
                scorer.Add(gold.Quotes, quotes.Select(q => (q.Text, q.SpeakerEvidence == evidence ? q.Speaker : null)));
            }

            byEvidence[evidence] = scorer;
        }

        yield return "threshold\tright\twrong\tnone";
        foreach (var (threshold, scorer) in byThreshold)
        {
            yield return Line($"{threshold:0.00}", scorer.SpeakersCorrect, scorer.SpeakersWrong, scorer.SpeakersAbstained, scorer.SpeakersScored);
        }

        yield return "evidence\tright\twrong\t(count)";
        foreach (var (evidence, scorer) in byEvidence.Where(e => e.Value.SpeakersScored > e.Value.SpeakersAbstained))
        {
            var named = scorer.SpeakersCorrect + scorer.SpeakersWrong;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{evidence}\t{scorer.SpeakersCorrect / (double)named:0.000}\t{scorer.SpeakersWrong / (double)named:0.000}\t({named})");
        }

        foreach (var line in folds > 1 ? SpeakerThresholdCrossValidation.Run(counts, Thresholds, folds) : [])
        {
            yield return line;
        }
    }

    /// <summary>PolNeAR or the news set (quotes-news and our additions are one set).</summary>
    private static string CorpusName(string path) =>
        Path.GetFileName(path).StartsWith("polnear", StringComparison.Ordinal) ? "polnear" : "news";

    private static string Line(string label, int right, int wrong, int none, int scored) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{label}\t{right / (double)Math.Max(1, scored):0.000}\t{wrong / (double)Math.Max(1, scored):0.000}\t{none / (double)Math.Max(1, scored):0.000}");
}
