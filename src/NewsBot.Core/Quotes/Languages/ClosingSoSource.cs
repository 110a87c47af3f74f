namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Aus Sicht der Reederei sei der Fahrplan der Kern, so Geschäftsführerin Greta Lindner: „…“`: a lead that closes with `, so`
/// and a source before its colon names the quote's speaker. An according-to phrase earlier in the sentence (`aus Sicht der
/// Reederei`, `laut Weber`) names whose view the sentence reports, and took the quote before.
/// </summary>
internal static class ClosingSoSource
{
    /// <summary>A role and a name at most: `so die stellvertretende Hafenmeisterin Dr. Greta Lindner`.</summary>
    private const int MaxSourceWords = 6;

    /// <summary>The index of the first word after the closing `so`, or 0 when the lead does not close that way.</summary>
    public static int After(string text, IReadOnlyList<Word> words, LanguageKnowledge language)
    {
        if (words.Count < 3 || !text.AsSpan(words[^1].End).TrimStart().StartsWith(":"))
        {
            return 0;
        }

        for (var i = Math.Max(1, words.Count - 1 - MaxSourceWords); i < words.Count - 1; i++)
        {
            if (language.TailAccordingTo.Contains(words[i].Lower) && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(',')
                && words.Skip(i + 1).Any(w => w.IsCapitalized))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
