namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// The other opinions on a speaker the rules chose, in three letters: the ranker's (`R` its likeliest candidate is the
/// rules' choice, at a probability of at least <see cref="SureProbability"/>; `r` likeliest but less sure; `x` it prefers
/// another name) and the nearest name's (`N` the rules' choice is the name nearest to the quote; `n` another name is
/// nearer, or none is near). Disagreement is what the calibration learns to distrust, not a rule for one page.
/// </summary>
internal static class SpeakerOpinions
{
    public const double SureProbability = 0.5;

    /// <summary><paramref name="candidates"/>[0] is the rules' choice; <paramref name="probabilities"/> the ranker's, in the same order.</summary>
    public static string Agreement(IReadOnlyList<RankingCandidate> candidates, IReadOnlyList<double> probabilities, double entityFactor)
    {
        var best = 0;
        for (var i = 1; i < probabilities.Count; i++)
        {
            best = probabilities[i] > probabilities[best] ? i : best;
        }

        var ranker = best != 0 ? 'x' : probabilities[0] >= SureProbability ? 'R' : 'r';
        RankingCandidate? nearest = null;
        foreach (var candidate in candidates.Where(c => c.Nearest is not null))
        {
            nearest = nearest is null || Math.Abs(candidate.Distance) < Math.Abs(nearest.Distance) ? candidate : nearest;
        }

        var entity = entityFactor >= 0.99 ? 'E' : entityFactor >= 0.6 ? 'e' : 'o';
        return $"{ranker}{(ReferenceEquals(nearest, candidates[0]) ? 'N' : 'n')}{entity}";
    }
}
