namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The German perfect after a quote: `„…“, hat sie der Zeitung gesagt.`, `„…“, hatte Weber gegenüber dem Sender erklärt.`
/// The auxiliary comes first and the participle closes the clause, with the subject right after the auxiliary and any
/// objects between; the tail's other readings took the object before the participle (`der Zeitung`) for the subject, or
/// looked no further than five words.
/// </summary>
internal static class PerfectTail
{
    private const int MaxClauseWords = 12;

    private static readonly HashSet<string> Auxiliaries = ["hat", "hatte", "haben", "hatten"];

    /// <summary>Whether <paramref name="words"/> open with the auxiliary of a clause that a reporting participle closes.</summary>
    public static bool Opens(string text, List<Word> words, LanguageKnowledge language)
    {
        if (!language.CapitalisesNouns || words.Count < 3 || !Auxiliaries.Contains(words[0].Lower))
        {
            return false;
        }

        for (var i = 2; i < Math.Min(words.Count, MaxClauseWords); i++)
        {
            if (WordGaps.HasBreakBefore(text, words, i))
            {
                return language.Verbs.Contains(words[i - 1].Lower) && !words[i - 1].IsCapitalized;
            }
        }

        return words.Count <= MaxClauseWords && language.Verbs.Contains(words[^1].Lower) && !words[^1].IsCapitalized;
    }
}
