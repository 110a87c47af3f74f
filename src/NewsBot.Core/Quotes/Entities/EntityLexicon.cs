namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// What the lexicons of tools/lexicons know about names, places, nationalities, organisations, platforms, documents,
/// roles and the common words of six languages, and a classifier of capitalised spans built on them.
/// </summary>
internal sealed class EntityLexicon
{
    private const string EntitiesFile = "entities.tsv.br";

    private static readonly Lazy<EntityLexicon> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _entries;
    private readonly Lazy<CommonWordSet>[] _commonWords;

    public EntityLexicon(Dictionary<string, LexiconEntry> entries, Func<string, CommonWordSet> commonWordsOf)
    {
        _entries = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = LexiconLanguages.All
            .Select(language => new Lazy<CommonWordSet>(() => commonWordsOf(language), LazyThreadSafetyMode.ExecutionAndPublication))
            .ToArray();
        Count = entries.Count;
    }

    /// <summary>The lexicons of this assembly, loaded on first use; each language's common words on its first lookup.</summary>
    public static EntityLexicon Shared => Loaded.Value;

    /// <summary>Keys in the entity table (names, places, …), common words apart.</summary>
    public int Count { get; }

    /// <summary>Everything known of a word or phrase; CommonWord for <paramref name="language"/>, or for any of the six when null.</summary>
    public LexiconFlags Lookup(string word, string? language = null) => Lookup(word.AsSpan(), language);

    public LexiconFlags Lookup(ReadOnlySpan<char> word, string? language = null)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var key = buffer[..WordKey.Write(word, buffer)];
        if (key.IsEmpty)
        {
            return LexiconFlags.None;
        }

        var flags = _entries.TryGetValue(key, out var entry) ? entry.Flags : HyphenatedFlags(key);
        if (key.Contains(' ') || !IsCommon(key, language))
        {
            return flags;
        }

        return flags | LexiconFlags.CommonWord;
    }

    public bool IsGivenName(string word) => Lookup(word).HasFlag(LexiconFlags.GivenName);

    public bool IsSurname(string word) => Lookup(word).HasFlag(LexiconFlags.Surname);

    /// <summary>A place name, one word or several ("Leeds", "New York", "Buenos Aires").</summary>
    public bool IsPlace(string phrase) => Lookup(phrase).HasFlag(LexiconFlags.Place);

    /// <summary>A nationality or origin word in any of the six languages, compounds too ("British-Israeli", "deutschen").</summary>
    public bool IsDemonym(string word) => Lookup(word).HasFlag(LexiconFlags.Demonym);

    public bool IsCommonWord(string word, string language) => Lookup(word, language).HasFlag(LexiconFlags.CommonWord);

    /// <summary>The gender a given name usually has, Unknown when it is not a given name or is used for both.</summary>
    public Gender GenderOf(string givenName)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var key = buffer[..WordKey.Write(givenName, buffer)];
        return _entries.TryGetValue(key, out var entry) && entry.Flags.HasFlag(LexiconFlags.GivenName) ? entry.Gender : Gender.Unknown;
    }

    /// <summary>What a capitalised candidate span names (see <see cref="SpanClassifier"/>).</summary>
    public EntityGuess Classify(IReadOnlyList<string> tokens, string? language) => SpanClassifier.Classify(this, tokens, language);

    private bool IsCommon(ReadOnlySpan<char> key, string? language)
    {
        var index = LexiconLanguages.IndexOf(language);
        if (index >= 0)
        {
            return _commonWords[index].Value.Contains(key);
        }

        foreach (var set in _commonWords)
        {
            if (set.Value.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A compound not listed whole: "British-Israeli" is a demonym, "Israel-Gaza" a place, "Jean-Luc" a given name and
    /// "Smith-Jones" a surname when every part is one.
    /// </summary>
    private LexiconFlags HyphenatedFlags(ReadOnlySpan<char> key)
    {
        const LexiconFlags Kept = LexiconFlags.GivenName | LexiconFlags.Surname | LexiconFlags.Place | LexiconFlags.Demonym;
        if (!key.Contains('-'))
        {
            return LexiconFlags.None;
        }

        var all = Kept;
        var any = LexiconFlags.None;
        foreach (var range in key.Split('-'))
        {
            var part = key[range];
            var flags = !part.IsEmpty && _entries.TryGetValue(part, out var entry) ? entry.Flags & Kept : LexiconFlags.None;
            all &= flags;
            any |= flags;
        }

        var placesAndPeoples = LexiconFlags.Place | LexiconFlags.Demonym;
        return all == LexiconFlags.None && (any & placesAndPeoples) == placesAndPeoples ? LexiconFlags.Place : all;
    }

    private static EntityLexicon Load()
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.Lines(EntitiesFile))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                entries[line[..tab]] = LexiconEntry.Parse(line.AsSpan(tab + 1));
            }
        }

        return new EntityLexicon(entries, CommonWordSet.Load);
    }
}
