namespace NewsBot.Core.Digests;

/// <summary>
/// One pass of average-link clustering over stories in publication order. An inverted index from term to the stories
/// seen so far means each story is compared only with stories sharing a word, and each cluster's average similarity is
/// summed from those: a story sharing no word contributes zero to the average anyway.
/// </summary>
internal sealed class AverageLinkClustering(StoryClusteringSettings settings)
{
    public List<List<int>> Run(IReadOnlyList<StoryVector> vectors, IReadOnlyList<DateTimeOffset?> published)
    {
        var postings = new Dictionary<string, List<(int Story, double Weight)>>(StringComparer.Ordinal);
        var clusters = new List<List<int>>();
        var clusterOf = new int[vectors.Count];
        var dot = new double[vectors.Count];
        var clusterSum = new double[vectors.Count];
        var touchedStories = new List<int>();
        var touchedClusters = new List<int>();
        var seen = new int[vectors.Count];

        for (var story = 0; story < vectors.Count; story++)
        {
            var stamp = story + 1;
            foreach (var (term, weight) in vectors[story].Weights)
            {
                if (!postings.TryGetValue(term, out var list))
                    continue;
                foreach (var (other, otherWeight) in list)
                {
                    if (dot[other] == 0)
                        touchedStories.Add(other);
                    dot[other] += weight * otherWeight;
                }
            }

            foreach (var other in touchedStories)
            {
                var cluster = clusterOf[other];
                if (seen[cluster] != stamp)
                {
                    seen[cluster] = stamp;
                    clusterSum[cluster] = 0;
                    touchedClusters.Add(cluster);
                }
                clusterSum[cluster] += dot[other] * TimeFactor(published[story], published[other]);
                dot[other] = 0;
            }

            var best = -1;
            var bestSimilarity = settings.Threshold;
            foreach (var cluster in touchedClusters)
            {
                var similarity = clusterSum[cluster] / clusters[cluster].Count;
                if (similarity > bestSimilarity || (similarity == bestSimilarity && (best < 0 || cluster < best)))
                    (best, bestSimilarity) = (cluster, similarity);
            }
            touchedStories.Clear();
            touchedClusters.Clear();

            if (best < 0)
            {
                best = clusters.Count;
                clusters.Add([]);
            }
            clusters[best].Add(story);
            clusterOf[story] = best;
            foreach (var (term, weight) in vectors[story].Weights)
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add((story, weight));
            }
        }
        return clusters;
    }

    private double TimeFactor(DateTimeOffset? a, DateTimeOffset? b)
    {
        if (a is not { } first || b is not { } second)
            return 1.0;
        var apart = (first - second).Duration();
        if (apart <= settings.SameNewsCycle)
            return 1.0;
        if (apart >= settings.NewsCycle)
            return settings.DistantPairFactor;
        var faded = (apart - settings.SameNewsCycle) / (settings.NewsCycle - settings.SameNewsCycle);
        return 1.0 - (faded * (1.0 - settings.DistantPairFactor));
    }
}
