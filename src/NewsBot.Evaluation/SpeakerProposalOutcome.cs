using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Evaluation;

/// <summary>
/// What the extractor answers for one example: the rules' choice when they made one (none below the speaker
/// threshold), else the ranker's likeliest candidate when its probability reaches the proposal threshold and no cue
/// names no one on purpose. Replays <see cref="SpeakerRanker"/> on stored features, so folds need no new extraction.
/// </summary>
internal static class SpeakerProposalOutcome
{
    private static readonly int RuleConfidence = IndexOf("rule_confidence");
    private static readonly int UnnamedByCue = IndexOf("unnamed_by_cue");

    /// <summary>
    /// 1 right, -1 wrong, 0 none; <paramref name="probabilities"/> (the ranker's, per candidate) null: the rules alone.
    /// <paramref name="scope"/> widens where the ranker may answer: after a cue that names no one, and on the rules'
    /// choices below their threshold (kept when the ranker gives them the proposal threshold).
    /// </summary>
    public static int Of(SpeakerFoldExample example, IReadOnlyList<double>? probabilities, double threshold, ProposalScope scope = default)
    {
        var candidates = example.Example.Candidates;
        if (example.RuleChose)
        {
            var sure = candidates[0][RuleConfidence] >= RuleBasedQuoteExtractor.DefaultMinSpeakerConfidence
                || (scope.LowRules && probabilities is not null && probabilities[0] >= threshold);
            return !sure ? 0 : example.Example.Right[0] ? 1 : -1;
        }

        if (probabilities is null || candidates.Count == 0 || (candidates[0][UnnamedByCue] > 0 && !scope.UnnamedCues))
        {
            return 0;
        }

        var (best, probability) = Best(probabilities);
        return probability < threshold ? 0 : example.Example.Right[best] ? 1 : -1;
    }

    /// <summary>Where beyond the rules' empty answers the ranker may answer.</summary>
    public readonly record struct ProposalScope(bool UnnamedCues, bool LowRules);

    public static (int Index, double Probability) Best(IReadOnlyList<double> probabilities)
    {
        var best = 0;
        for (var i = 1; i < probabilities.Count; i++)
        {
            best = probabilities[i] > probabilities[best] ? i : best;
        }

        return (best, probabilities.Count == 0 ? 0 : probabilities[best]);
    }

    private static int IndexOf(string feature) => SpeakerModel.FeatureNames.ToList().IndexOf(feature);
}
