namespace NewsBot.Core.Digests;

/// <summary>
/// Groups the same event reported by several outlets: TF-IDF cosine over headline and lead, average link,
/// oldest first so each cluster is led by the first report. Fast enough for a digest window (hundreds of articles).
/// </summary>
public sealed class StoryClusterer(double threshold = StoryClusterer.DefaultThreshold)
{
    public const double DefaultThreshold = 0.3;

    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<StoryCandidate> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var ordered = stories.OrderBy(s => s.Published ?? DateTimeOffset.MaxValue).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var terms = ordered.Select(StoryVector.Terms).ToList();
        var inverseFrequency = InverseFrequency(terms);
        var vectors = terms.Select(t => StoryVector.From(t, inverseFrequency)).ToList();

        var clusters = new List<List<int>>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var best = clusters
                .Select(cluster => (Cluster: cluster, Similarity: cluster.Average(member => vectors[i].Cosine(vectors[member]))))
                .Where(c => c.Similarity >= threshold)
                .OrderByDescending(c => c.Similarity)
                .FirstOrDefault();
            if (best.Cluster is null)
                clusters.Add([i]);
            else
                best.Cluster.Add(i);
        }
        return clusters
            .Select(c => new StoryCluster(ordered[c[0]], c.Select(i => ordered[i]).ToList()))
            .ToList();
    }

    /// <summary>Smoothed so a word in every story still weighs a little, and a lone story still has a vector.</summary>
    private static Dictionary<string, double> InverseFrequency(List<List<string>> documents)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Distinct(StringComparer.Ordinal)))
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        return documentFrequency.ToDictionary(
            pair => pair.Key,
            pair => Math.Log((1.0 + documents.Count) / (1.0 + pair.Value)) + 1.0,
            StringComparer.Ordinal);
    }
}
