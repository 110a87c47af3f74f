using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Reads the date formats pages put in metadata; values without an offset are taken as UTC.</summary>
internal static partial class DateValueParser
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;

    /// <summary>Scholarly pages' citation tags ("2023 Jan 7", PubMed's form), which no other reading takes.</summary>
    private static readonly string[] YearFirstDays = ["yyyy MMM d", "yyyy MMMM d"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        var text = value.Trim();
        if (text.All(char.IsAsciiDigit))
        {
            return FromDigits(text);
        }

        // "+0100" is common in the wild but not understood without the colon.
        text = OffsetWithoutColon().Replace(text, "$1$2:$3");
        if (text.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4] + "Z";
        }

        // Written-out days ("Dec 19th 2025") that the invariant culture does not read.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var parsed) ? parsed
            : DateTimeOffset.TryParseExact(text, YearFirstDays, CultureInfo.InvariantCulture, Styles, out var yearFirst) ? yearFirst
            : VisibleDate.Parse(text);
    }

    private static DateTimeOffset? FromDigits(string digits)
    {
        if (digits.Length == 8
            && DateTimeOffset.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, Styles, out var day))
        {
            return day;
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return digits.Length switch
        {
            10 => DateTimeOffset.FromUnixTimeSeconds(number),
            13 => DateTimeOffset.FromUnixTimeMilliseconds(number),
            _ => null,
        };
    }

    /// <summary>Applied to at most 64 characters, so no match timeout (which a busy machine alone can trigger).</summary>
    [GeneratedRegex(@"(\d)([+-]\d\d)(\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetWithoutColon();
}
