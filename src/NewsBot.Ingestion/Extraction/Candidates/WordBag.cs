using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>Lower-cased words of a text as a multiset: how candidates are compared with each other.</summary>
internal sealed class WordBag
{
    private readonly Dictionary<string, int> _counts;

    private WordBag(Dictionary<string, int> counts, int total)
    {
        _counts = counts;
        Total = total;
    }

    public int Total { get; }

    /// <summary>A word is lower-cased into a reused buffer and made a string only the first time the bag meets it.</summary>
    public static WordBag Of(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        var total = 0;
        foreach (var run in new WordRuns(text))
        {
            var word = text.AsSpan()[run];
            ReadOnlySpan<char> lower = word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant();
            lookup[lower] = lookup.TryGetValue(lower, out var count) ? count + 1 : 1;
            total++;
        }

        return new WordBag(counts, total);
    }

    /// <summary>How many words <see cref="Of"/> would find (runs of letters and digits), without building the bag: most pages only ask this.</summary>
    public static int Count(string text) => TextMeasures.Words(text);

    /// <summary>Words the two bags share, counted as often as both hold them.</summary>
    public int Overlap(WordBag other)
    {
        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        var shared = 0;
        foreach (var (word, count) in small._counts)
        {
            shared += Math.Min(count, large._counts.GetValueOrDefault(word));
        }

        return shared;
    }

    /// <summary>Whether the bag holds <paramref name="lowerWord"/> (already lower-cased) at least once.</summary>
    public bool Holds(ReadOnlySpan<char> lowerWord) => _counts.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(lowerWord);

    /// <summary>The share of this bag's words that <paramref name="other"/> also holds.</summary>
    public double CoveredBy(WordBag other) => Total == 0 ? 0 : (double)Overlap(other) / Total;
}
