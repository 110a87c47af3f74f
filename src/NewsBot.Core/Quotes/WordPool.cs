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
    private static Pool? _pool;

    /// <summary>The pooled text of <paramref name="word"/> and its lower-case form.</summary>
    public static (string Text, string Lower) Get(ReadOnlySpan<char> word)
    {
        var pool = _pool ??= new Pool();
        if (pool.Lookup.TryGetValue(word, out var text, out var lower))
        {
            return (text, lower);
        }

        if (pool.LowerByText.Count >= MaxEntries)
        {
            pool.LowerByText.Clear();
        }

        text = word.ToString();
        lower = text.ToLowerInvariant();
        pool.LowerByText[text] = lower;
        return (text, lower);
    }

    /// <summary>
    /// The thread's lower-case form of each text, with its span lookup kept: getting the lookup checks the comparer's type,
    /// 1% of extraction when done per word.
    /// </summary>
    private sealed class Pool
    {
        public Pool() => Lookup = LowerByText.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, string> LowerByText { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
