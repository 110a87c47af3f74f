namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A German tail that names the quote's holder without a verb of saying: a copula or `bleiben` with a stance adjective
/// closing the clause (`„…“, ist sich Geschäftsführerin Anna Berg sicher.`, `„…“, ist Weber überzeugt.`, `„…“, blieb der
/// Trainer gelassen.`). The subject stands right after the copula (and its `sich`), as after an inverted reporting verb;
/// without the adjective the copula says nothing about the quote (`„…“, ist die Lage ernst.`).
/// </summary>
internal static class GermanStanceTail
{
    private const int MaxClauseWords = 9;

    private static readonly HashSet<string> Copulas = ["ist", "war", "bleibt", "blieb", "wirkt", "wirkte"];

    /// <summary>Adjectives of conviction, mood and attitude that a reporter puts on a speaker in place of `sagte`.</summary>
    private static readonly HashSet<string> StanceAdjectives =
    [
        "sicher", "gewiss", "überzeugt", "optimistisch", "zuversichtlich", "pessimistisch", "skeptisch", "enttäuscht", "gelassen",
        "kämpferisch", "selbstkritisch", "selbstbewusst", "zufrieden", "unzufrieden", "begeistert", "erleichtert", "besorgt",
        "überrascht", "froh", "glücklich", "stolz", "dankbar", "entschlossen", "verärgert", "empört", "zurückhaltend", "realistisch",
        "beeindruckt", "angetan", "erfreut", "traurig", "ratlos", "fassungslos", "nachdenklich", "vorsichtig", "bescheiden",
        "kritisch", "überwältigt", "erschüttert", "verwundert", "selbstsicher", "demütig", "gerührt", "bewegt", "euphorisch",
    ];

    /// <summary>Whether <paramref name="words"/> open with a copula whose clause a stance adjective closes.</summary>
    public static bool Opens(string text, List<Word> words, LanguageKnowledge language)
    {
        if (language.Code != "de" || words.Count < 3 || !Copulas.Contains(words[0].Lower))
        {
            return false;
        }

        var last = Math.Min(words.Count, MaxClauseWords) - 1;
        for (var i = 1; i <= last; i++)
        {
            if (WordGaps.HasBreakBefore(text, words, i))
            {
                return StanceAt(words, i - 1);
            }
        }

        return words.Count <= MaxClauseWords && StanceAt(words, words.Count - 1);
    }

    // The adjective closes the clause, with a subject between it and the copula (`ist sich sicher` alone names no one).
    private static bool StanceAt(List<Word> words, int at) =>
        at >= 2 && !words[at].IsCapitalized && StanceAdjectives.Contains(words[at].Lower) && !(at == 2 && words[1].Lower == "sich");
}
