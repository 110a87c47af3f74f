using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Feeds.Dates;

/// <summary>ISO 8601 / W3C-DTF, including truncated and two-digit-year forms (YYMMDD, YYOOO, -YYMM) and a space for T.</summary>
internal static partial class Iso8601DateParser
{
    public static DateTimeOffset? Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
            return null;
        if (!TryDate(match, out var date))
            return null;
        var hour = Number(match, "hour", 0);
        var minute = Number(match, "minute", 0);
        var second = Number(match, "second", 0);
        if (hour > 23 || minute > 59 || second > 59)
            return null;
        if (!TryOffset(match.Groups["zone"].Value, out var offset))
            return null;
        var local = date.ToDateTime(new TimeOnly(hour, minute, second));
        return new DateTimeOffset(local, offset);
    }

    private static bool TryDate(Match match, out DateOnly date)
    {
        date = default;
        var year = match.Groups["year"].Success ? Number(match, "year", 0)
            : ExpandYear(Number(match, "yy", 0));
        if (match.Groups["ordinal"].Success)
        {
            var dayOfYear = Number(match, "ordinal", 0);
            if (dayOfYear < 1 || dayOfYear > (DateTime.IsLeapYear(Math.Max(year, 1)) ? 366 : 365))
                return false;
            date = new DateOnly(year, 1, 1).AddDays(dayOfYear - 1);
            return true;
        }
        var month = Number(match, "month", 1);
        var day = Number(match, "day", 1);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    internal static bool TryOffset(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone.Length == 0 || zone is "Z" or "z")
            return true;
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
            return false;
        var hours = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits.AsSpan(2), CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
            return false;
        offset = new TimeSpan(hours, minutes, 0);
        if (zone[0] == '-')
            offset = -offset;
        return true;
    }

    internal static int ExpandYear(int twoDigits) => twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;

    private static int Number(Match match, string group, int fallback) =>
        match.Groups[group] is { Success: true, Value.Length: > 0 } g ? int.Parse(g.Value, CultureInfo.InvariantCulture) : fallback;

    [GeneratedRegex("""
        ^(?:
            (?<year>\d{4})-(?<month>\d{1,3})-(?<day>\d{1,2})
          | (?<year>\d{4})(?<month>\d{2})(?<day>\d{2})
          | (?<year>\d{4})-?(?<ordinal>\d{3})
          | (?<year>\d{4})(?:-(?<month>\d{2}))?
          | (?<yy>\d{2})-?(?<month>\d{2})-?(?<day>\d{2})
          | (?<yy>\d{2})-?(?<ordinal>\d{3})
          | -(?<yy>\d{2})-?(?<month>\d{2})
        )
        (?:[T\s]\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d+)?)?
            \s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
