using System.Globalization;
using NewsBot.Core.Quotes.Calibration;

namespace NewsBot.Evaluation;

/// <summary>
/// Chooses the <see cref="RuleConfidencePolicy"/> and the table's strength by k-fold cross-validation over articles
/// (article i in fold i mod k): each candidate's table is counted on k-1 folds and scores the held-out fold. A candidate
/// qualifies when, pooled over the held-out folds, no corpus is wronger than <see cref="MaxWrong"/> or than the rules
/// now, and in every corpus the right speakers it adds outweigh <see cref="WrongCost"/> times the wrong ones; of those,
/// the one with the highest mean gain across corpora wins (each corpus weighs the same, so PolNeAR's size does not
/// decide for the others). Ties keep the earlier, more cautious candidate; when none gains, the rules stand.
/// </summary>
internal static class RuleConfidenceCrossValidation
{
    public const double MaxWrong = 0.03;

    /// <summary>A wrong name costs this many right ones (a wrong name is worse than none): what released speakers must beat.</summary>
    public const double WrongCost = 3;

    private const double Bar = 0.7;

    private static readonly double[] Strengths = [2, 5, 10];

    private static readonly double[] Spreads = [2.326, 1.645, 1.0];

    private static readonly double[] Releases = [0.97, 0.95, 0.9];

    public static IReadOnlyList<(double Strength, RuleConfidencePolicy Policy)> Candidates(double bar) =>
        [.. from strength in Strengths
            from spread in Spreads
            from release in Releases
            select (strength, new RuleConfidencePolicy(bar, spread, release))];

    /// <summary>Held-out right / wrong / scored per corpus (and per language of the news set) with the candidate, or with the hand-set confidence when null.</summary>
    public static Dictionary<string, (int Right, int Wrong, int Scored)> HeldOut(IReadOnlyList<RuleOutcome> outcomes, int folds, (double Strength, RuleConfidencePolicy Policy)? candidate)
    {
        var sums = new Dictionary<string, (int Right, int Wrong, int Scored)>(StringComparer.Ordinal);
        for (var fold = 0; fold < folds; fold++)
        {
            var table = candidate is { } c
                ? RuleConfidenceTable.Fit(outcomes.Where(o => o.Article % folds != fold && o.Choice is not null).Select(o => o.Choice!), c.Strength, c.Policy)
                : null;
            foreach (var outcome in outcomes.Where(o => o.Article % folds == fold))
            {
                var confidence = outcome.Choice is { } choice && table is not null ? table.Confidence(outcome.Confidence, choice.Evidence, choice.Language) : outcome.Confidence;
                var shown = outcome.Choice is not null && confidence >= (candidate?.Policy.Bar ?? Bar);
                foreach (var group in Groups(outcome))
                {
                    var (right, wrong, scored) = sums.GetValueOrDefault(group);
                    sums[group] = (right + (shown && outcome.Choice!.Right ? 1 : 0), wrong + (shown && !outcome.Choice!.Right ? 1 : 0), scored + 1);
                }
            }
        }

        return sums;
    }

    /// <summary>
    /// The best qualifying candidate, or a policy that never overrules the rules when none beats them; and the
    /// candidate that changes most on held-out folds whether or not it qualifies (what recalibrating would do).
    /// </summary>
    public static ((double Strength, RuleConfidencePolicy Policy) Chosen, (double Strength, RuleConfidencePolicy Policy) MostChanging) Choose(
        IReadOnlyList<RuleOutcome> outcomes, int folds, Dictionary<string, (int Right, int Wrong, int Scored)> now, double bar)
    {
        (double Strength, RuleConfidencePolicy Policy) best = (5, RuleConfidencePolicy.Off(bar));
        var (mostChanging, mostChanged) = (best, 0);
        var bestGain = 0.0;
        foreach (var candidate in Candidates(bar))
        {
            var corpora = HeldOut(outcomes, folds, candidate).Where(c => !c.Key.Contains('@', StringComparison.Ordinal)).ToList();
            var qualifies = corpora.All(c => Qualifies(now[c.Key], c.Value));
            var gain = corpora.Average(c => (c.Value.Right - now[c.Key].Right - (WrongCost * (c.Value.Wrong - now[c.Key].Wrong))) / (double)Math.Max(1, c.Value.Scored));
            var changed = corpora.Sum(c => Math.Abs(c.Value.Right - now[c.Key].Right) + Math.Abs(c.Value.Wrong - now[c.Key].Wrong));
            (mostChanging, mostChanged) = changed > mostChanged ? (candidate, changed) : (mostChanging, mostChanged);
            if (qualifies && gain > bestGain + 1e-9)
            {
                (best, bestGain) = (candidate, gain);
            }
        }

        return (best, mostChanging);
    }

    /// <summary>No wronger than the bound (or the rules now), and every wrong name it shows bought with more right ones than it costs.</summary>
    private static bool Qualifies((int Right, int Wrong, int Scored) now, (int Right, int Wrong, int Scored) after) =>
        Rate(after.Wrong, after.Scored) <= Math.Max(MaxWrong, Rate(now.Wrong, now.Scored))
        && after.Right - now.Right >= WrongCost * (after.Wrong - now.Wrong);

    public static IEnumerable<string> Compare(Dictionary<string, (int Right, int Wrong, int Scored)> now, Dictionary<string, (int Right, int Wrong, int Scored)> recalibrated)
    {
        yield return "held out\trules now: right wrong none\trecalibrated: right wrong none\t(scored)";
        foreach (var (group, before) in now.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var after = recalibrated[group];
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{group}\t{Rates(before)}\t{Rates(after)}\t({before.Scored})");
        }
    }

    private static IEnumerable<string> Groups(RuleOutcome outcome)
    {
        yield return outcome.Corpus;
        if (outcome.Corpus != "polnear")
        {
            yield return outcome.Corpus + "@" + outcome.Language;
        }
    }

    private static string Rates((int Right, int Wrong, int Scored) counts) => string.Create(CultureInfo.InvariantCulture,
        $"{Rate(counts.Right, counts.Scored):0.000} {Rate(counts.Wrong, counts.Scored):0.000} {Rate(counts.Scored - counts.Right - counts.Wrong, counts.Scored):0.000}");

    private static double Rate(int count, int total) => count / (double)Math.Max(1, total);
}
