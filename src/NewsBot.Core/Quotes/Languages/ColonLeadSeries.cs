namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A Romance colon lead may introduce a series of quotes, each in its own marks and joined only by a comma or a conjunction
/// (`Su madre siempre decía: ‘…’, ‘…’`, `Il a répété : « … » et « … »`): every quote of the series is the lead's speaker's
/// as surely as the first, so it is carried like a colon-led turn (<see cref="AttributionSource.ColonCarriedTurn"/>) instead
/// of being withheld as a weaker same-paragraph turn. Any word in the gap other than a conjunction ends the series.
/// </summary>
internal static class ColonLeadSeries
{
    /// <summary>The quote at <paramref name="index"/> closes a series that a colon lead opened for the previous quote's speaker.</summary>
    public static bool Continues(string text, IReadOnlyList<QuotedSegment> segments, Attribution[] result, int index, string? language)
    {
        if (language is not ("es" or "fr" or "it" or "pt"))
        {
            return false;
        }

        var speaker = result[index - 1].Speaker;
        for (var j = index - 1; j >= 0 && speaker is not null; j--)
        {
            if (segments[j].IsOpenEnded || segments[j].Paragraph != segments[index].Paragraph || result[j].Speaker != speaker
                || !OnlyJoins(text, segments[j].Outer.End, segments[j + 1].OpenMark))
            {
                return false;
            }

            if (ColonLeadCarry.Holds(text, segments[j], result[j], language))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Between two quotes of a series stand only spaces, commas, semicolons and coordinating conjunctions.</summary>
    private static bool OnlyJoins(string text, int from, int to)
    {
        var joined = false;
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < to && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (!IsConjunction(text.AsSpan(start, i - start)))
                {
                    return false;
                }

                joined = true;
                continue;
            }

            if (c is ',' or ';')
            {
                joined = true;
            }
            else if (!char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F')
            {
                return false;
            }

            i++;
        }

        return joined;
    }

    private static bool IsConjunction(ReadOnlySpan<char> word) => word is "y" or "e" or "o" or "u" or "ni" or "et" or "ou" or "ed";
}
