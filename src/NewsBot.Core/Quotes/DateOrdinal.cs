using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The point of a German day number before its month (`vom 3. Mai 2022:`, `am 12. Januar`) ends no sentence: read as an
/// end, it cut a label such as `Antwort der Staatssekretärin Anna Roth vom 3. Mai 2022:` in two, so the name before the
/// date no longer led the quote after it.
/// </summary>
internal static class DateOrdinal
{
    private static readonly FrozenSet<string> Months = new[]
    {
        "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool EndsDayNumber(string text, int dot, int end)
    {
        var digits = 0;
        while (dot - digits - 1 >= 0 && char.IsAsciiDigit(text[dot - digits - 1]))
        {
            digits++;
        }

        if (digits is 0 or > 2 || (dot - digits - 1 >= 0 && !char.IsWhiteSpace(text[dot - digits - 1])) || dot + 2 >= end || text[dot + 1] != ' ')
        {
            return false;
        }

        var wordEnd = dot + 2;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return Months.Contains(text[(dot + 2)..wordEnd]);
    }
}
