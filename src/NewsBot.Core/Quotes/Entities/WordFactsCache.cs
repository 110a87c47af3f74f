namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// The facts of the words one thread has classified lately: the same capitalised words (names, places, the first word of
/// a sentence) are looked up again in every article, and each lookup searches several sorted tables (issue 17's
/// profile). The lexicon never changes once loaded, so a remembered answer is the answer.
/// </summary>
internal sealed class WordFactsCache
{
    /// <summary>Bounds the memory one thread keeps; past it the cache starts again.</summary>
    private const int MaxEntries = 20_000;

    [ThreadStatic]
    private static WordFactsCache? t_cache;

    private readonly EntityLexicon _lexicon;
    private readonly Dictionary<(string Word, string? Language), WordFacts> _facts = [];

    private WordFactsCache(EntityLexicon lexicon) => _lexicon = lexicon;

    /// <summary>This thread's cache for <paramref name="lexicon"/> (a thread moving to another lexicon starts afresh).</summary>
    public static WordFactsCache Of(EntityLexicon lexicon) =>
        t_cache is { } cache && ReferenceEquals(cache._lexicon, lexicon) ? cache : t_cache = new WordFactsCache(lexicon);

    public WordFacts Get(string word, string? language, Func<string, string?, WordFacts> compute)
    {
        if (_facts.TryGetValue((word, language), out var facts))
        {
            return facts;
        }

        if (_facts.Count >= MaxEntries)
        {
            _facts.Clear();
        }

        facts = compute(word, language);
        _facts[(word, language)] = facts;
        return facts;
    }
}
