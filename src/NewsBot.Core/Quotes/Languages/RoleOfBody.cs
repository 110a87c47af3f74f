namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// An office named with the body it heads before a name (`el ministro de Economía Carlos Méndez`, `le ministre de
/// l'Intérieur Gérard Vautrin`, `o ministro da Economia Carlos Mendes`): the `de` and its article belong to the role when a
/// role word stands before them and a capitalised body name after them.
/// </summary>
internal static class RoleOfBody
{
    /// <summary>
    /// Where the role word stands when <paramref name="bodyStart"/> opens a body's name that follows `role de [article]`,
    /// within the sentence; -1 otherwise.
    /// </summary>
    public static int Before(IReadOnlyList<Word> words, int bodyStart, LanguageKnowledge language)
    {
        if (bodyStart >= words.Count || !IsBodyName(words[bodyStart].Text))
        {
            return -1;
        }

        var preposition = bodyStart - 1;
        if (preposition > 0 && language.Determiners.Contains(words[preposition].Lower) && !words[preposition].IsCapitalized)
        {
            preposition--;
        }

        if (preposition < 1 || !language.OfPrepositions.Contains(words[preposition].Lower))
        {
            return -1;
        }

        var role = preposition - 1;
        return EntityKnowledge.IsRoleWord(words[role].Text, language.Code) && !words[role].IsCapitalized ? role : -1;
    }

    /// <summary>`Economía`, `l'Intérieur`, `l’Économie`: a capitalised word, or one behind an elided article.</summary>
    private static bool IsBodyName(string word) =>
        word.Length > 1 && (char.IsUpper(word[0]) || (word.Length > 2 && word[1] is '\'' or '’' && char.IsUpper(word[2])));
}
