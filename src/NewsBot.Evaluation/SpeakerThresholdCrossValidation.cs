using System.Globalization;

namespace NewsBot.Evaluation;

/// <summary>
/// Chooses the speaker threshold by k-fold cross-validation: on all folds but one, the lowest threshold at which every
/// corpus shows at most <see cref="MaxWrong"/> wrong speakers (else the one with the fewest wrong); then it scores the
/// held-out fold at that threshold. The pooled held-out figures say what the rule "pick the threshold this way" yields
/// on articles it did not see, which a threshold read off the whole set would overstate.
/// </summary>
internal static class SpeakerThresholdCrossValidation
{
    public const double MaxWrong = 0.03;

    public static IEnumerable<string> Run(IReadOnlyList<ThresholdCounts> articles, IReadOnlyList<double> thresholds, int folds)
    {
        var heldOut = new Dictionary<string, (int Right, int Wrong, int Scored)>(StringComparer.Ordinal);
        yield return $"cross-validation, {folds} folds (article i in fold i mod {folds}); threshold chosen on the other folds for wrong <= {MaxWrong:0.00} in every corpus";
        for (var fold = 0; fold < folds; fold++)
        {
            var training = articles.Where((_, i) => i % folds != fold).ToList();
            var chosen = Choose(training, thresholds.Count);
            foreach (var article in articles.Where((_, i) => i % folds == fold))
            {
                var sum = heldOut.GetValueOrDefault(article.Corpus);
                heldOut[article.Corpus] = (sum.Right + article.Right[chosen], sum.Wrong + article.Wrong[chosen], sum.Scored + article.Scored[chosen]);
            }

            yield return string.Create(CultureInfo.InvariantCulture, $"fold {fold}: threshold {thresholds[chosen]:0.00}");
        }

        foreach (var (corpus, (right, wrong, scored)) in heldOut.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var none = scored - right - wrong;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"held out\t{corpus}\tright {Rate(right, scored):0.000}\twrong {Rate(wrong, scored):0.000}\tnone {Rate(none, scored):0.000}\t({scored})");
        }
    }

    /// <summary>The index of the lowest threshold meeting the bound in every corpus, else of the one with the fewest wrong.</summary>
    public static int Choose(IReadOnlyList<ThresholdCounts> articles, int thresholds)
    {
        var worst = Enumerable.Range(0, thresholds).Select(t => WorstWrongRate(articles, t)).ToList();
        var meeting = worst.FindIndex(w => w <= MaxWrong);
        return meeting >= 0 ? meeting : worst.IndexOf(worst.Min());
    }

    private static double WorstWrongRate(IReadOnlyList<ThresholdCounts> articles, int threshold) =>
        articles.GroupBy(a => a.Corpus, StringComparer.Ordinal)
            .Select(c => Rate(c.Sum(a => a.Wrong[threshold]), c.Sum(a => a.Scored[threshold])))
            .DefaultIfEmpty(0)
            .Max();

    private static double Rate(int count, int total) => count / (double)Math.Max(1, total);
}
