namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// What the lexicons of tools/lexicons know about names, places, nationalities, organisations, platforms, documents,
/// roles and the common words of six languages, and a classifier of capitalised spans built on them.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Loaded = new(
        () => new EntityLexicon(EntityTable.Load(), CommonWordSet.Load, WordRanks.Load), LazyThreadSafetyMode.ExecutionAndPublication);

    private const LexiconFlags NameFlags = LexiconFlags.GivenName | LexiconFlags.Surname;

    private readonly EntityTable _table;
    private readonly LanguageWords _languageWords;
    private readonly Func<string, string?, WordFacts> _computeFacts;

    public EntityLexicon(EntityTable table, Func<string, CommonWordSet> commonWordsOf, Func<string, WordRanks> ranksOf)
    {
        _table = table;
        _languageWords = new LanguageWords(commonWordsOf, ranksOf);
        _computeFacts = ComputeFacts;
    }

    /// <summary>The lexicons of this assembly, loaded on first use; each language's common words on its first lookup.</summary>
    public static EntityLexicon Shared => Loaded.Value;

    /// <summary>Keys in the entity table (names, places, …), common words apart.</summary>
    public int Count => _table.Count;

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

        var flags = TableFlags(key, language);
        if (key.Contains(' '))
        {
            return flags;
        }

        // A frequent word is a common word even where the dictionary lists only lemmas ("hay", "según"), unless it is a name.
        var common = IsCommon(key, language) || ((flags & NameFlags) == 0 && _languageWords.RankOf(key, language) > 0);
        return common ? flags | LexiconFlags.CommonWord : flags | Contraction(key, language);
    }

    /// <summary>
    /// What <see cref="Lookup(string, string?)"/> without a language says, CommonWord apart: the entity table's flags,
    /// read without loading any language's common words (issue 15: start-up loaded all six for these).
    /// </summary>
    public LexiconFlags EntityFlags(string word)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var key = buffer[..WordKey.Write(word, buffer)];

        // Lookup adds what follows an elided article ("l’Europe") only to a word no language calls common: then ask it.
        return key.Contains(' ') || ElidedFlags(key) == LexiconFlags.None ? TableFlags(key, null) : Lookup(word) & ~LexiconFlags.CommonWord;
    }

    public bool IsGivenName(string word) => EntityFlags(word).HasFlag(LexiconFlags.GivenName);

    public bool IsSurname(string word) => EntityFlags(word).HasFlag(LexiconFlags.Surname);

    /// <summary>A place name, one word or several ("Leeds", "New York", "Buenos Aires").</summary>
    public bool IsPlace(string phrase) => EntityFlags(phrase).HasFlag(LexiconFlags.Place);

    /// <summary>A nationality or origin word in any of the six languages, compounds too ("British-Israeli", "deutschen").</summary>
    public bool IsDemonym(string word) => EntityFlags(word).HasFlag(LexiconFlags.Demonym);

    public bool IsCommonWord(string word, string language) => Lookup(word, language).HasFlag(LexiconFlags.CommonWord);

    /// <summary>
    /// The gender a given name usually has (in articles of <paramref name="language"/> where that language's sources differ:
    /// `Andrea` in Italian), Unknown when it is not a given name or is used for both.
    /// </summary>
    public Gender GenderOf(string givenName, string? language = null)
    {
        var entry = GivenNameEntry(givenName);
        return entry.Flags.HasFlag(LexiconFlags.GivenName) ? entry.GenderIn(language) : Gender.Unknown;
    }

    /// <summary>Whether the sources give the name any gender, one or both (then it has none): a curated guess must not override them.</summary>
    public bool KnowsGenderOf(string givenName) => GivenNameEntry(givenName) is { GenderKnown: true } entry && entry.Flags.HasFlag(LexiconFlags.GivenName);

    private LexiconEntry GivenNameEntry(string givenName)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        return _table.EntryOf(buffer[..WordKey.Write(givenName, buffer)]);
    }

    /// <summary>
    /// The frequency rank of a word in <paramref name="language"/> (1 = the most frequent; 0 = not among the 10,000 most
    /// frequent); without a language, its best rank in any of the six. "Will" ranks high, "Trump" not at all.
    /// </summary>
    public int CommonRank(string word, string? language = null)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        return _languageWords.RankOf(buffer[..WordKey.Write(word, buffer)], language);
    }

    /// <summary>A country, a region or a city of 300,000 people or more ("Paris" yes, "Clinton", Iowa, no).</summary>
    public bool IsMajorPlace(string phrase)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        return _table.EntryOf(buffer[..WordKey.Write(phrase, buffer)]).MajorPlace;
    }

    /// <summary>Flags, rank and major-place mark of one word, for the classifier. A plural takes its singular's rank ("Delegates").</summary>
    public WordFacts Facts(string word, string? language) => WordFactsCache.Of(this).Get(word, language, _computeFacts);

    private WordFacts ComputeFacts(string word, string? language)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var key = buffer[..WordKey.Write(word, buffer)];
        var rank = _languageWords.RankOf(key, language);
        if (rank == 0 && key.Length > 4 && key[^1] == 's')
        {
            rank = _languageWords.RankOf(key[..^1], language);
            rank = rank == 0 && key[^2] == 'e' ? _languageWords.RankOf(key[..^2], language) : rank;
        }

        return new WordFacts(Lookup(word, language), rank, _table.EntryOf(key).MajorPlace);
    }

    /// <summary>What a capitalised candidate span names (see <see cref="SpanClassifier"/>).</summary>
    public EntityGuess Classify(IReadOnlyList<string> tokens, string? language) => SpanClassifier.Classify(this, tokens, language);

    /// <summary>
    /// "They’re", "Don't" (a common word and a clitic) are words; "C’est", "l’Europe" take what the part after the
    /// elided article is.
    /// </summary>
    private LexiconFlags Contraction(ReadOnlySpan<char> key, string? language)
    {
        var apostrophe = key.IndexOfAny('’', '\'');
        if (apostrophe <= 0 || apostrophe == key.Length - 1)
        {
            return LexiconFlags.None;
        }

        var before = key[..apostrophe];
        var after = key[(apostrophe + 1)..];
        if (after is "re" or "ve" or "ll" or "t" or "d" or "m" && (IsCommon(before, language) || before.EndsWith('n')))
        {
            return LexiconFlags.CommonWord;
        }

        return IsElidedArticle(before)
            ? _table.FlagsOf(after) | (IsCommon(after, language) ? LexiconFlags.CommonWord : LexiconFlags.None)
            : LexiconFlags.None;
    }

    /// <summary>The table's flags of a key; for a German word, or one of no known language, those of a compound's head.</summary>
    private LexiconFlags TableFlags(ReadOnlySpan<char> key, string? language)
    {
        var question = !key.Contains(' ') && LexiconLanguages.IndexOf(language) is 1 or -1 ? LexiconMemo.TableOrHeadFlags : LexiconMemo.TableFlags;
        var memo = LexiconMemo.Of(this);
        if (!memo.TryGet(question, key, out var flags))
        {
            flags = _table.FlagsOf(key);
            flags = flags == LexiconFlags.None && question == LexiconMemo.TableOrHeadFlags ? GermanCompounds.HeadFlags(_table, key) : flags;
            memo.Add(question, key, flags);
        }

        return flags;
    }

    /// <summary>The entity flags of the word after an elided article ("l’Europe": Place), None for any other word.</summary>
    private LexiconFlags ElidedFlags(ReadOnlySpan<char> key)
    {
        var apostrophe = key.IndexOfAny('’', '\'');
        return apostrophe > 0 && apostrophe < key.Length - 1 && IsElidedArticle(key[..apostrophe])
            ? _table.FlagsOf(key[(apostrophe + 1)..])
            : LexiconFlags.None;
    }

    private static bool IsElidedArticle(ReadOnlySpan<char> word) =>
        word is "l" or "d" or "c" or "j" or "qu" or "n" or "s" or "m" or "t" or "dell" or "dall" or "nell" or "sull" or "all";

    private bool IsCommon(ReadOnlySpan<char> key, string? language)
    {
        var index = LexiconLanguages.IndexOf(language);
        var memo = LexiconMemo.Of(this);
        if (!memo.TryGet(LexiconMemo.CommonIn + index, key, out var flags))
        {
            flags = _languageWords.Contains(key, index) ? LexiconFlags.CommonWord : LexiconFlags.None;
            memo.Add(LexiconMemo.CommonIn + index, key, flags);
        }

        return flags != LexiconFlags.None;
    }
}
