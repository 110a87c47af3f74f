namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// An Italian or Spanish colon lead that names no one but says the quote before goes on: `E ancora: «…»`, `E poi: «…»`,
/// `Y además: «…»`. Like its German counterpart it hands the turn to the speaker of the quote before.
/// </summary>
internal static class RomanceContinuationLead
{
    private const int MaxWords = 2;

    private static readonly HashSet<string> GoingOn = ["e", "ancora", "poi", "inoltre", "infine", "y", "además", "luego", "después", "también"];

    /// <summary>Whether the last sentence of <paramref name="lead"/> (the words before the colon) is only such a lead.</summary>
    public static bool Is(string text, List<Word> lead, LanguageKnowledge language)
    {
        if (language.Code is not ("it" or "es") || lead.Count == 0)
        {
            return false;
        }

        var start = lead.Count - 1;
        while (start > 0 && text.AsSpan(lead[start - 1].End, lead[start].Start - lead[start - 1].End).IndexOfAny(".!?") < 0)
        {
            start--;
        }

        // A conjunction alone (`E:`) says nothing; it takes an adverb of going on.
        if (lead.Count - start > MaxWords || !GoingOn.Contains(lead[^1].Lower) || lead[^1].Lower is "e" or "y")
        {
            return false;
        }

        for (var i = start; i < lead.Count; i++)
        {
            if (!GoingOn.Contains(lead[i].Lower))
            {
                return false;
            }
        }

        return true;
    }
}
