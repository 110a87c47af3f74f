using NewsBot.Core.Digests;

namespace NewsBot.Core.Tests.Digests;

/// <summary>
/// Pairwise clustering scores: a pair of articles is predicted when they share a cluster and true when they report the
/// same event. <see cref="MixedClusters"/> counts digest entries that would merge two events and so hide one of them.
/// </summary>
internal sealed record ClusterScore(int PredictedPairs, int TruePairs, int CorrectPairs, int MixedClusters)
{
    public double Precision => PredictedPairs == 0 ? 1.0 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1.0 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ClusterScore Measure(IReadOnlyList<StoryCluster> clusters, Func<StoryCandidate, string> eventOf)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var predicted = clusters.Sum(c => PairCount(c.Members.Count));
        var correct = clusters.Sum(c => c.Members.GroupBy(eventOf).Sum(g => PairCount(g.Count())));
        var truePairs = clusters.SelectMany(c => c.Members).GroupBy(eventOf).Sum(g => PairCount(g.Count()));
        var mixed = clusters.Count(c => c.Members.Select(eventOf).Distinct(StringComparer.Ordinal).Skip(1).Any());
        return new ClusterScore(predicted, truePairs, correct, mixed);
    }

    public override string ToString() =>
        $"pair precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3} ({CorrectPairs}/{PredictedPairs} predicted, {TruePairs} true pairs), {MixedClusters} mixed clusters";

    private static int PairCount(int members) => members * (members - 1) / 2;
}
