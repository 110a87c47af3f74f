namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Und trotz ihrer Lebensfreude war sie manchmal auch nachdenklich: „…“`: in a verb-second language a colon lead whose
/// subject is a pronoun stands after its finite verb, whatever the verb and whatever opens the sentence. The pronoun is the
/// first `er`/`sie` right after a lower-case word that is no preposition, article, conjunction or subordinator (`für sie`,
/// `dass er` are no subjects), in a singular verb's company (`riefen sie` is a group).
/// </summary>
internal static class InvertedPronounLead
{
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal) { "dass", "ob", "wie", "wo", "was", "als", "denn", "sondern" };

    /// <summary>The index of the subject pronoun in <paramref name="sentence"/>, or -1.</summary>
    public static int Find(IReadOnlyList<Word> sentence, LanguageKnowledge language)
    {
        if (language.VerbSecondOpeners.Count == 0)
        {
            return -1;
        }

        for (var i = 2; i < sentence.Count; i++)
        {
            var before = sentence[i - 1];
            if (!sentence[i].IsCapitalized && language.Pronouns.ContainsKey(sentence[i].Lower) && IsVerbLike(before, language)
                && !language.IsPlural(sentence[i].Lower, before.Lower))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsVerbLike(Word word, LanguageKnowledge language) =>
        !word.IsCapitalized && !language.Prepositions.Contains(word.Lower) && !language.Determiners.Contains(word.Lower)
        && !language.Conjunctions.Contains(word.Lower) && !language.Subordinators.Contains(word.Lower) && !language.And.Contains(word.Lower)
        && !language.Possessives.Contains(word.Lower) && !ClauseWords.Contains(word.Lower) && !language.Pronouns.ContainsKey(word.Lower);
}
