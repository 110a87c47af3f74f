namespace NewsBot.Core.Quotes;

/// <summary>
/// The surnames an article vouches for as people's: given with a known given name (`Petra Hainbuch`, `Ken Doctor`), after an
/// honorific (`Mr Hale`) or with an age (`Stone, 44,`), and never used as a place or a noun (`in Hale`, `der Koch`). Such a
/// surname is a person in every later mention of that article, whatever else the lexicon knows the word as. Read once per
/// article; the last article's answer is kept per thread, since the cue, resolution and entity checks all ask about the same text.
/// </summary>
internal sealed class VouchedSurnames
{
    [ThreadStatic]
    private static VouchedSurnames? t_last;

    private readonly string _text;
    private readonly string _language;
    private readonly HashSet<string> _surnames;

    private VouchedSurnames(string text, string language, HashSet<string> surnames)
    {
        _text = text;
        _language = language;
        _surnames = surnames;
    }

    /// <summary>
    /// The surnames <paramref name="text"/> vouches for, read with the frequent words of <paramref name="language"/> (`en`, `de`, …).
    /// Null takes this text's last reading, whatever its language (the ranker and the English checks ask without one), else
    /// English; a caller naming another language than the last reading's gets a fresh one, so the first caller no longer decides.
    /// </summary>
    public static VouchedSurnames Of(string text, string? language)
    {
        if (t_last is { } last && ReferenceEquals(last._text, text) && (language is null || language == last._language))
        {
            return last;
        }

        var code = language ?? "en";
        t_last = new VouchedSurnames(text, code, VouchedSurnameReader.Read(text, code));
        return t_last;
    }

    public bool Contains(string surname) => _surnames.Contains(surname);

    /// <summary>`Hainbuch`, `Petra Hainbuch`: the last word is a vouched surname, alone or after a given name the lexicon knows.</summary>
    public bool NamesPerson(IReadOnlyList<string> words) =>
        words.Count > 0 && _surnames.Contains(words[^1]) && (words.Count == 1 || Entities.EntityLexicon.Shared.IsGivenName(words[0]));

    /// <inheritdoc cref="NamesPerson(IReadOnlyList{string})"/>
    public bool NamesPerson(List<Word> words) =>
        words.Count > 0 && _surnames.Contains(words[^1].Text) && (words.Count == 1 || Entities.EntityLexicon.Shared.IsGivenName(words[0].Text));
}
