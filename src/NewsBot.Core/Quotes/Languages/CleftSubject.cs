namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Italian puts the one who spoke after a cleft: `A parlare è stato poi l’assessore Paolo Conti.`, `A riferire i dati, durante
/// l’assemblea, è stato il vicesindaco Marco Bellini`. The name after `A` + infinitive + copula is its clause's subject, so a
/// later `ha spiegato` continues with it and not with the person the paragraph named before.
/// </summary>
internal static class CleftSubject
{
    private const int MaxWordsAfterCopula = 8;
    private const int MaxWordsBeforeCopula = 12;

    /// <summary>Whether the name at <paramref name="at"/> follows `A` + infinitive … copula [article, role, complement] in its sentence.</summary>
    public static bool Is(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (language.Copulas.Count == 0 || language.CliticInfinitives.Count == 0)
        {
            return false;
        }

        var copula = at - 1;
        while (copula >= 0 && at - copula <= MaxWordsAfterCopula && !language.Copulas.Contains(words[copula].Lower))
        {
            // `è stato il sindaco, Paolo Guarnieri`: the one comma allowed is the apposition's, right before the name.
            if (EndsSentence(text, words, copula + 1) || (HasComma(text, words, copula + 1) && !IsAppositionComma(text, words, copula + 1, at))
                || language.Verbs.Contains(words[copula].Lower))
            {
                return false;
            }

            copula--;
        }

        if (copula < 0 || !language.Copulas.Contains(words[copula].Lower) || EndsSentence(text, words, copula + 1))
        {
            return false;
        }

        for (var k = copula - 1; k >= 0 && copula - k <= MaxWordsBeforeCopula; k--)
        {
            if (EndsSentence(text, words, k + 1))
            {
                return false;
            }

            if (words[k].Text == "A" && k + 1 < copula && IsInfinitive(words[k + 1].Lower, language) && (k == 0 || EndsSentence(text, words, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>`parlare`, `riferire`, `dirlo`, `spiegarlo`: an infinitive, bare or with its clitic.</summary>
    private static bool IsInfinitive(string lower, LanguageKnowledge language) =>
        language.CliticInfinitives.Contains(lower) || (lower.Length >= 5 && (lower.EndsWith("are", StringComparison.Ordinal)
            || lower.EndsWith("ere", StringComparison.Ordinal) || lower.EndsWith("ire", StringComparison.Ordinal)));

    /// <summary>A sentence ends, or a paragraph, between the word at <paramref name="k"/> and the one before it.</summary>
    private static bool EndsSentence(string text, IReadOnlyList<Word> words, int k) =>
        k > 0 && k < words.Count && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(SentenceBreaks) >= 0;

    private static bool IsAppositionComma(string text, IReadOnlyList<Word> words, int k, int at) =>
        k == at && !words[k - 1].IsCapitalized && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim() is ",";

    private static bool HasComma(string text, IReadOnlyList<Word> words, int k) =>
        k > 0 && k < words.Count && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(",;:") >= 0;

    private static readonly System.Buffers.SearchValues<char> SentenceBreaks = System.Buffers.SearchValues.Create(".!?\n«»“”\"");
}
