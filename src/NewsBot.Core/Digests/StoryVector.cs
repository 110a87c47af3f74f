using NewsBot.Core.Quotes;
using NewsBot.Core.Text;

namespace NewsBot.Core.Digests;

/// <summary>TF-IDF weights of a story's content words; the headline counts twice, the lead's first words once.</summary>
internal sealed class StoryVector
{
    private const int LeadWords = 60;

    private StoryVector(Dictionary<string, double> weights)
    {
        Weights = weights;
        Norm = Math.Sqrt(weights.Values.Sum(w => w * w));
    }

    public Dictionary<string, double> Weights { get; }

    public double Norm { get; }

    public static List<string> Terms(StoryCandidate story) =>
        [.. ContentWords(story.Title), .. ContentWords(story.Title), .. ContentWords(story.Lead).Take(LeadWords)];

    public static StoryVector From(List<string> terms, IReadOnlyDictionary<string, double> inverseFrequency)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
            weights[term] = weights.GetValueOrDefault(term) + inverseFrequency[term];
        return new StoryVector(weights);
    }

    public double Cosine(StoryVector other)
    {
        if (Norm == 0 || other.Norm == 0)
            return 0;
        var (small, large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        var dot = small.Weights.Sum(pair => pair.Value * large.Weights.GetValueOrDefault(pair.Key));
        return dot / (Norm * other.Norm);
    }

    private static IEnumerable<string> ContentWords(string? text) =>
        WordNormalizer.Words(text).Where(w => w.Length > 2 && !StopWords.Contains(w)).Select(Stem);

    /// <summary>Plural and possessive endings only: "ferries" and "ferry" must meet, nothing cleverer is needed here.</summary>
    private static string Stem(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1]
        : word;
}
