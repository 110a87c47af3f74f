namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Una delle socie, presente in aula, ha commentato: «…»`, `Uno de los vecinos, que pidió no ser identificado, relató:`: a
/// sentence that opens with an indefinite and a partitive `of` has written its subject, one of a group no one named, so the
/// verb drops none and the quote goes to no one rather than to the person the text was about.
/// </summary>
internal static class PartitiveSubject
{
    /// <summary>Whether the sentence holding the verb at <paramref name="verb"/> opens with `una delle`, `uno de`, `um dos`.</summary>
    public static bool Opens(string text, IReadOnlyList<Word> words, int verb, LanguageKnowledge language)
    {
        var first = SentenceStart(text, words, verb);
        return first + 1 < verb && language.Indefinites.Contains(words[first].Lower) && language.OfPrepositions.Contains(words[first + 1].Lower);
    }

    // Abbreviation-aware, so `Uno dei clienti del sig. Rossi ha detto:` still opens with `uno dei`.
    private static int SentenceStart(string text, IReadOnlyList<Word> words, int verb)
    {
        for (var i = verb; i > 0; i--)
        {
            for (var c = words[i - 1].End; c < words[i].Start; c++)
            {
                if (SentenceBoundaries.IsEnd(text, c, text.Length))
                {
                    return i;
                }
            }
        }

        return 0;
    }
}
