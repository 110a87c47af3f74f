namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `aseguró a EFE Luis Romero`, `a déclaré à l’AFP Marie Dupont`, `disse à Lusa João Costa`: an inverted verb, the outlet the
/// speaker told (one capitalised word), then the speaker's full name. Only one word may stand between the preposition and
/// the name, so that `dijo a su colega Luis Romero` (the colleague was told; the speaker is someone else) stays unread, and
/// that word must be no given name, so that `dijo a María José García` (María José García was told) does too.
/// </summary>
internal static class OutletRecipient
{
    /// <summary>Where the speaker's name starts after the recipient preposition at <paramref name="at"/>, or -1.</summary>
    public static int NameAfter(string text, IReadOnlyList<Word> words, int at)
    {
        var outlet = at + 1;
        var name = at + 2;
        if (name + 1 >= words.Count || !words[outlet].Text.Any(char.IsUpper) || (EntityKnowledge.IsGivenName(words[outlet].Text) && !IsAcronym(words[outlet].Text)))
        {
            return -1;
        }

        return IsSpace(text, words, outlet) && IsSpace(text, words, name) && IsSpace(text, words, name + 1)
            && words[name].IsCapitalized && words[name + 1].IsCapitalized && EntityKnowledge.IsGivenName(words[name].Text)
            ? name
            : -1;
    }

    /// <summary>`EFE`, `AFP`: written in capitals the word is an outlet's initials, even where the lexicon also knows it as a given name (`Efe`).</summary>
    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsSpace(string text, IReadOnlyList<Word> words, int k) =>
        text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IsWhiteSpace();
}
