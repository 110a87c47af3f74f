namespace NewsBot.Core.Quotes;

/// <summary>
/// Shares the strings of words that recur (`the`, `said`, names): the rules tokenize the same stretches several times,
/// and a fresh string per word per pass made the garbage collector the main cost of extraction.
/// </summary>
internal static class WordPool
{
    /// <summary>Bounds the memory one thread keeps; past it the pool starts again.</summary>
    private const int MaxEntries = 20_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _lowerByText;

    /// <summary>The pooled text of <paramref name="word"/> and its lower-case form.</summary>
    public static (string Text, string Lower) Get(ReadOnlySpan<char> word)
    {
        var pool = _lowerByText ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var text, out var lower))
        {
            return (text, lower);
        }

        if (pool.Count >= MaxEntries)
        {
            pool.Clear();
        }

        text = word.ToString();
        lower = text.ToLowerInvariant();
        pool[text] = lower;
        return (text, lower);
    }
}
