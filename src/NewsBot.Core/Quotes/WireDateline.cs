namespace NewsBot.Core.Quotes;

/// <summary>
/// A wire story's dateline at a paragraph's start: the place in capitals, then a date, the agency in brackets or both, then a
/// dash (`VALBOURG, 14 nov (AGI) –`, `PORTOLUNGO, 3 mar. (Agenzia Nord) -`, `SANTA LUZ (ABN).-`). The place is where the story
/// was filed, never a person or a body who speaks; <see cref="Dateline"/> reads the shorter `VALBOURG –` inside a sentence.
/// </summary>
internal static class WireDateline
{
    private const int MaxDateLength = 30;
    private const int MaxAgencyLength = 40;
    private const int MinPlaceLetters = 2;

    /// <summary>Where the text after the dateline opening at <paramref name="start"/> begins, or -1 when no dateline opens there.</summary>
    public static int EndAt(string text, int start)
    {
        if (!OpensParagraph(text, start))
        {
            return -1;
        }

        var i = start;
        var letters = 0;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] is ' ' or '\'' or '’' or '-') && !IsDashAt(text, i))
        {
            if (char.IsLower(text[i]))
            {
                return -1;
            }

            letters += char.IsLetter(text[i]) ? 1 : 0;
            i++;
        }

        if (letters < MinPlaceLetters)
        {
            return -1;
        }

        var place = i;
        if (i < text.Length && text[i] == ',')
        {
            // `, 14 nov`, `, 3 mar. 2026`: the date, short and on the same line.
            var close = text.IndexOfAny(['(', '–', '—', '\n'], i);
            var hyphen = text.IndexOf(" -", i, StringComparison.Ordinal);
            close = hyphen >= 0 && (close < 0 || hyphen < close) ? hyphen : close;
            if (close < 0 || close - i > MaxDateLength || !text.AsSpan(i, close - i).ContainsAnyInRange('0', '9'))
            {
                return -1;
            }

            i = close;
        }

        i = SkipSpaces(text, i);
        if (i < text.Length && text[i] == '(')
        {
            var close = text.IndexOf(')', i);
            if (close < 0 || close - i > MaxAgencyLength || text.AsSpan(i, close - i).Contains('\n'))
            {
                return -1;
            }

            i = SkipSpaces(text, close + 1);
        }

        if (i == SkipSpaces(text, place) && (i >= text.Length || text[i] is not ('–' or '—')))
        {
            // A place alone before a hyphen may be a capitalised heading's word; only the en or em dash marks it.
            return -1;
        }

        if (i < text.Length && text[i] == '.')
        {
            // `(ABN).-`, `(Agencia Sur). –`.
            i = SkipSpaces(text, i + 1);
        }

        return IsDashAt(text, i) || (i < text.Length && text[i] is '–' or '—') ? SkipSpaces(text, i + 1) : -1;
    }

    /// <summary>Whether the words <paramref name="first"/>..<paramref name="last"/> are the place of a dateline.</summary>
    public static bool IsPlace(string text, Word first, Word last) =>
        EndAt(text, first.Start) is var end && end > last.End;

    private static bool OpensParagraph(string text, int start)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before < 0 || text[before] == '\n';
    }

    // A hyphen is a dash when spaced (`ROMA -`) or after the agency's full stop (`(ABN).-`).
    private static bool IsDashAt(string text, int i) =>
        i < text.Length && (text[i] is '–' or '—' || (text[i] == '-' && (i + 1 >= text.Length || text[i + 1] == ' ') && i > 0 && text[i - 1] is ' ' or '.' or ')'));

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i;
    }
}
