namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `l'assessora ai Lavori pubblici, Chiara Benassi`, `la concejala de obras públicas, Carla Benítez`: a role with its
/// complement, then the name after a comma. The complement belongs to the role, so a reader of inverted subjects (which walks
/// back from the name over articles, adverbs and roles) may step over it to the role and read the rest as it does without it.
/// </summary>
internal static class RoleComplementApposition
{
    private const int MaxComplementWords = 4;

    /// <summary>The index of the role word before the complement and comma before <paramref name="at"/>; -1 when there is none.</summary>
    public static int RoleBefore(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (at < 3 || text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim() is not ",")
        {
            return -1;
        }

        for (var k = at - 1; k > 0 && at - k <= MaxComplementWords; k--)
        {
            if (!text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IsWhiteSpace())
            {
                return -1;
            }

            if (IsPreposition(words[k].Lower, language) && IsRole(words[k - 1], language))
            {
                return k - 1;
            }
        }

        return -1;
    }

    private static bool IsPreposition(string lower, LanguageKnowledge language) =>
        language.Prepositions.Contains(lower) || language.RecipientPrepositions.Contains(lower) || language.OfPrepositions.Contains(lower);

    private static bool IsRole(Word word, LanguageKnowledge language) =>
        !word.IsCapitalized && (EntityKnowledge.IsRoleWord(word.Text, language.Code)
            || ElidedArticle.Noun(word.Lower) is { } noun && EntityKnowledge.IsRoleWord(noun, language.Code));
}
