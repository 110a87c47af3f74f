using System.Globalization;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Evaluation;

/// <summary>
/// Cross-validates the speaker ranker over articles: on each fold, a model trained on the other folds (all features,
/// and the base features alone) proposes speakers where the rules found none; per corpus the held-out right / wrong /
/// none at each proposal threshold, the rules alone beside them, and the lowest threshold with at most
/// <see cref="SpeakerThresholdCrossValidation.MaxWrong"/> wrong on every corpus's held-out folds.
/// </summary>
internal static class SpeakerFoldReport
{
    /// <summary>The features the shipped ranker had before issue #11 widened it (the first 50).</summary>
    public const int BaseFeatures = 50;

    public static IReadOnlyList<double> Thresholds { get; } = Enumerable.Range(6, 14).Select(i => i * 0.05).ToList();

    public static IEnumerable<string> Run(IReadOnlyList<SpeakerFoldExample> examples, int folds, Func<IReadOnlyList<SpeakerQuoteExample>, SpeakerModel> train)
    {
        var models = new[] { "base", "full", "full+cue", "full+low" };
        var scopes = new SpeakerProposalOutcome.ProposalScope[] { default, default, new(true, false), new(false, true) };
        var counts = new Dictionary<(string Model, string Corpus, int Threshold), (int Right, int Wrong, int Scored)>();
        var rules = new Dictionary<string, (int Right, int Wrong, int Scored)>(StringComparer.Ordinal);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = examples.Where(e => e.Article % folds != fold).Select(e => e.Example).ToList();
            var full = train(training);
            var trained = new[] { train([.. training.Select(Masked)]), full, full, full };
            foreach (var example in examples.Where(e => e.Article % folds == fold && e.GoldNamed))
            {
                rules[example.Corpus] = Add(rules.GetValueOrDefault(example.Corpus), SpeakerProposalOutcome.Of(example, null, 1));
                for (var m = 0; m < models.Length; m++)
                {
                    var probabilities = trained[m].Probabilities(m == 0 ? Masked(example.Example).Candidates : example.Example.Candidates);
                    for (var t = 0; t < Thresholds.Count; t++)
                    {
                        var key = (models[m], example.Corpus, t);
                        counts[key] = Add(counts.GetValueOrDefault(key), SpeakerProposalOutcome.Of(example, probabilities, Thresholds[t], scopes[m]));
                    }
                }
            }

            yield return $"fold {fold + 1} of {folds} trained";
        }

        foreach (var (corpus, sum) in rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            yield return Line($"rules\t{corpus}\t-", sum);
        }

        foreach (var model in models)
        {
            var chosen = Thresholds.Count - 1;
            for (var t = Thresholds.Count - 1; t >= 0; t--)
            {
                chosen = rules.Keys.All(c => Rate(counts.GetValueOrDefault((model, c, t)), w: true) <= SpeakerThresholdCrossValidation.MaxWrong) ? t : chosen;
            }

            for (var t = 0; t < Thresholds.Count; t++)
            {
                foreach (var corpus in rules.Keys.Order(StringComparer.Ordinal))
                {
                    yield return Line(string.Create(CultureInfo.InvariantCulture, $"{model}{(t == chosen ? "*" : string.Empty)}\t{corpus}\t{Thresholds[t]:0.00}"), counts.GetValueOrDefault((model, corpus, t)));
                }
            }
        }
    }

    /// <summary>The example as the base model saw it: the features added for issue #11 set to 0.</summary>
    private static SpeakerQuoteExample Masked(SpeakerQuoteExample example) =>
        example with { Candidates = [.. example.Candidates.Select(c => (IReadOnlyList<double>)[.. c.Take(BaseFeatures), .. new double[c.Count - BaseFeatures]])] };

    private static (int Right, int Wrong, int Scored) Add((int Right, int Wrong, int Scored) sum, int outcome) =>
        (sum.Right + (outcome > 0 ? 1 : 0), sum.Wrong + (outcome < 0 ? 1 : 0), sum.Scored + 1);

    private static double Rate((int Right, int Wrong, int Scored) sum, bool w) => (w ? sum.Wrong : sum.Right) / (double)Math.Max(1, sum.Scored);

    private static string Line(string label, (int Right, int Wrong, int Scored) sum) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{label}\tright {Rate(sum, w: false):0.000}\twrong {Rate(sum, w: true):0.000}\tnone {(sum.Scored - sum.Right - sum.Wrong) / (double)Math.Max(1, sum.Scored):0.000}\t({sum.Scored})");
}
