namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Spanish and Portuguese put a short adverbial between an inverted verb and its subject (`afirmó de entrada el comunicador`,
/// `dijo en Madrid el ministro`, `disse em entrevista o técnico`): the subject is the description after it.
/// </summary>
internal static class InvertedSubject
{
    private const int MaxAdverbialWords = 3;

    /// <summary>
    /// Where the subject starts when <paramref name="at"/> opens a short prepositional phrase, in the same clause, followed by
    /// an article and a person noun; else <paramref name="at"/>.
    /// </summary>
    public static int AfterAdverbial(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (language.PersonNouns.Count == 0 || at >= words.Count || !language.Prepositions.Contains(words[at].Lower)
            || language.RecipientPrepositions.Contains(words[at].Lower))
        {
            return at;
        }

        for (var k = at + 1; k < words.Count - 1 && k - at <= MaxAdverbialWords; k++)
        {
            if (words[k].IsCapitalized || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(ClauseBreaks) >= 0)
            {
                return at;
            }

            var opener = words[k].Lower;
            if (language.GenderedDeterminers.ContainsKey(opener) && k > at + 1 && !language.Prepositions.Contains(words[k - 1].Lower)
                && language.IsPersonNoun(words[k + 1].Lower))
            {
                return k;
            }
        }

        return at;
    }

    private const int MaxParentheticalWords = 4;

    /// <summary>
    /// Where the subject starts when <paramref name="at"/> opens a short lower-case aside between commas right after the
    /// verb (`lamenta, por su parte, Iris Avellaneda`, `disse, por sua vez, o ministro`); else <paramref name="at"/>.
    /// </summary>
    public static int AfterParenthetical(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (language.Code is not ("es" or "pt") || at == 0 || at >= words.Count || !Gap(text, words, at).Contains(','))
        {
            return at;
        }

        for (var k = at + 1; k < words.Count && k - at <= MaxParentheticalWords; k++)
        {
            if (words[k - 1].IsCapitalized || Gap(text, words, k).IndexOfAny(ClauseBreaks) >= 0)
            {
                return Gap(text, words, k).Trim() is "," ? k : at;
            }
        }

        return at;
    }

    private static ReadOnlySpan<char> Gap(string text, IReadOnlyList<Word> words, int k) =>
        text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()—–");
}
