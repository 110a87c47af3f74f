namespace NewsBot.Core.Quotes;

/// <summary>
/// `CLERMONT – Le …`, `VALBOURG (AFP) — La …`: a wire story's dateline, a place in capitals (and the agency) then a dash,
/// after which the first sentence starts.
/// </summary>
internal static class Dateline
{
    private const int MinPlaceLetters = 2;

    /// <summary>Whether <paramref name="before"/>, the text up to a word with trailing spaces trimmed, ends with a dateline's dash.</summary>
    public static bool EndsAt(ReadOnlySpan<char> before)
    {
        if (before.Length == 0 || before[^1] is not ('–' or '—'))
        {
            return false;
        }

        var place = before[..^1].TrimEnd(' ');
        if (place.Length > 0 && place[^1] == ')')
        {
            // `VALBOURG (AFP) –`: the agency in brackets after the place.
            var open = place.LastIndexOf('(');
            place = open < 0 ? [] : place[..open].TrimEnd(' ');
        }

        var letters = 0;
        for (var i = place.Length - 1; i >= 0 && char.IsLetter(place[i]); i--)
        {
            if (!char.IsUpper(place[i]))
            {
                return false;
            }

            letters++;
        }

        return letters >= MinPlaceLetters;
    }
}
