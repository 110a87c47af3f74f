namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// The answers one thread has lately read from the lexicon's sorted tables: the same words (names, sentence openers, the
/// article's nouns) are asked about again by every rule and every article, and each answer is a binary search over a table,
/// or one per possible German compound head (the quote benchmark's profile: a fifth of its time). The tables never change
/// once loaded, so a remembered answer is the answer.
/// </summary>
internal sealed class LexiconMemo
{
    /// <summary>The entity table's flags of a key as it stands.</summary>
    public const int TableFlags = 0;

    /// <summary>The same, or a compound head's when the table lists the key not.</summary>
    public const int TableOrHeadFlags = 1;

    /// <summary>CommonWord when the common words of a language (this plus its index; any language at the index -1) hold the key.</summary>
    public const int CommonIn = 3;

    /// <summary>Bounds the memory one thread keeps; past it a question's answers start again.</summary>
    private const int MaxEntries = 20_000;

    private const int Questions = CommonIn + 6;

    [ThreadStatic]
    private static LexiconMemo? t_memo;

    private readonly EntityLexicon _lexicon;
    private readonly Dictionary<string, LexiconFlags>.AlternateLookup<ReadOnlySpan<char>>[] _answers =
        new Dictionary<string, LexiconFlags>.AlternateLookup<ReadOnlySpan<char>>[Questions];

    private LexiconMemo(EntityLexicon lexicon)
    {
        _lexicon = lexicon;
        for (var question = 0; question < Questions; question++)
        {
            _answers[question] = new Dictionary<string, LexiconFlags>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>This thread's memo for <paramref name="lexicon"/> (a thread moving to another lexicon starts afresh).</summary>
    public static LexiconMemo Of(EntityLexicon lexicon) =>
        t_memo is { } memo && ReferenceEquals(memo._lexicon, lexicon) ? memo : t_memo = new LexiconMemo(lexicon);

    public bool TryGet(int question, ReadOnlySpan<char> key, out LexiconFlags flags) => _answers[question].TryGetValue(key, out flags);

    public void Add(int question, ReadOnlySpan<char> key, LexiconFlags flags)
    {
        var answers = _answers[question];
        if (answers.Dictionary.Count >= MaxEntries)
        {
            answers.Dictionary.Clear();
        }

        answers[key] = flags;
    }
}
