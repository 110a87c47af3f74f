namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Il sindaco Marco Bellini e l’assessore Paolo Conti hanno visitato`, `La alcaldesa Ana Lima y el concejal Luis Romero`: a
/// name whose role description follows `e`/`y`/`et` right after another name is the second of a pair, as much as in
/// `Bellini e Conti`, so a dropped subject after it could mean either (it had continued the second alone).
/// </summary>
internal static class CoordinatedRole
{
    private const int MaxDescriptionWords = 3;
    private const int LookBehind = 80;

    /// <summary>Whether the name starting at <paramref name="start"/> follows `and`, a role description and nothing else after a name.</summary>
    public static bool Follows(string text, int start, LanguageKnowledge language)
    {
        var words = WordTokenizer.Tokenize(text, Math.Max(0, start - LookBehind), start);
        for (var k = words.Count - 1; k >= 1 && words.Count - k <= MaxDescriptionWords + 1; k--)
        {
            var gap = text.AsSpan(words[k].End, (k + 1 < words.Count ? words[k + 1].Start : start) - words[k].End);
            if (gap.Trim(" \u00A0'’").Length > 0)
            {
                return false;
            }

            if (language.And.Contains(words[k].Lower))
            {
                return k < words.Count - 1 && words[k - 1].IsCapitalized
                    && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IsWhiteSpace();
            }

            if (!language.Determiners.Contains(words[k].Lower) && !EntityKnowledge.IsRoleWord(words[k].Text, language.Code))
            {
                return false;
            }
        }

        return false;
    }
}
