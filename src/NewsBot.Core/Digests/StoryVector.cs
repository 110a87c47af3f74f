namespace NewsBot.Core.Digests;

/// <summary>Unit-length TF-IDF weights of a story's content words, so the cosine of two stories is their dot product.</summary>
internal sealed class StoryVector
{
    private StoryVector(KeyValuePair<string, double>[] weights) => Weights = weights;

    public IReadOnlyList<KeyValuePair<string, double>> Weights { get; }

    /// <summary>Term frequencies: headline words and names weigh more than the lead's first words.</summary>
    public static Dictionary<string, double> TermCounts(StoryCandidate story, StoryClusteringSettings settings)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(StoryTerm term, double weight) =>
            counts[term.Text] = counts.GetValueOrDefault(term.Text) + (term.IsName ? weight * settings.NameWeight : weight);

        foreach (var term in StoryTerm.Read(story.Title, settings))
            Add(term, settings.TitleWeight);
        foreach (var term in StoryTerm.Read(story.Lead, settings).Take(settings.LeadWords))
            Add(term, 1.0);
        return counts;
    }

    public static StoryVector From(Dictionary<string, double> counts, IReadOnlyDictionary<string, double> inverseFrequency)
    {
        var weights = counts.Select(pair => KeyValuePair.Create(pair.Key, pair.Value * inverseFrequency[pair.Key])).ToArray();
        var norm = Math.Sqrt(weights.Sum(pair => pair.Value * pair.Value));
        return new StoryVector(norm == 0 ? [] : [.. weights.Select(pair => KeyValuePair.Create(pair.Key, pair.Value / norm))]);
    }
}
