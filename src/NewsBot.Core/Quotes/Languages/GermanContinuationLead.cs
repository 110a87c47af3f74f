namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A German colon lead that names no one but says the quote before goes on: `Und weiter: „…“`, `Zudem: „…“`, `Ernster Nachsatz:
/// „…“`. Such a lead hands the turn to the speaker of the quote before; it never introduces someone new.
/// </summary>
internal static class GermanContinuationLead
{
    private const int MaxWords = 2;

    private static readonly HashSet<string> GoingOn = ["und", "weiter", "außerdem", "zudem", "ferner", "ebenso", "dann", "später"];

    private static readonly HashSet<string> AfterwordNouns = ["Nachsatz", "Zusatz", "Nachtrag", "Nachschlag", "Zugabe"];

    /// <summary>Whether the last sentence of <paramref name="lead"/> (the words before the colon) is only such a lead.</summary>
    public static bool Is(string text, List<Word> lead, LanguageKnowledge language)
    {
        if (language.Code != "de" || lead.Count == 0)
        {
            return false;
        }

        var start = lead.Count - 1;
        while (start > 0 && text.AsSpan(lead[start - 1].End, lead[start].Start - lead[start - 1].End).IndexOfAny(".!?") < 0)
        {
            start--;
        }

        var count = lead.Count - start;
        if (count > MaxWords)
        {
            return false;
        }

        // `Und weiter:`, `Zudem:`; `Ernster Nachsatz:`, `Ein Nachtrag:`: an adjective or article, then a noun for words added after.
        var goesOn = true;
        for (var i = start; i < lead.Count; i++)
        {
            goesOn &= GoingOn.Contains(lead[i].Lower);
        }

        return goesOn || (AfterwordNouns.Contains(lead[^1].Text) && (count == 1 || !language.Possessives.Contains(lead[start].Lower)));
    }
}
