using System.Globalization;

namespace NewsBot.Ingestion.Feeds.Dates;

/// <summary>
/// RFC 822/1123 dates as feeds really write them: optional or glued weekday, month before or after the day,
/// full month names, two-digit years, missing seconds or time, named zones, "GMT-01:00", and asctime's year-last order.
/// </summary>
internal static class Rfc822DateParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static DateTimeOffset? Parse(string text)
    {
        var tokens = text.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int? day = null, month = null, year = null;
        TimeOnly? time = null;
        TimeSpan? offset = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (i == 0 && IsWeekday(token))
                continue;
            if (token.Contains(':', StringComparison.Ordinal) && char.IsAsciiDigit(token[0]))
            {
                if (time is not null || ParseTime(token) is not { } parsed)
                    return null;
                time = parsed;
            }
            else if (token.All(char.IsAsciiDigit))
            {
                if (day is null && token.Length <= 2 && year is null)
                    day = int.Parse(token, CultureInfo.InvariantCulture);
                else if (year is null && token.Length is 2 or 4)
                    year = token.Length == 2 ? Iso8601DateParser.ExpandYear(int.Parse(token, CultureInfo.InvariantCulture)) : int.Parse(token, CultureInfo.InvariantCulture);
                else if (day is null && token.Length <= 2)
                    day = int.Parse(token, CultureInfo.InvariantCulture);
                else
                    return null;
            }
            else if (month is null && MonthOf(token) is { } m)
            {
                month = m;
            }
            else if (offset is null && time is not null && DateZones.OffsetOf(token) is { } zone)
            {
                offset = zone;
            }
            else
            {
                return null;
            }
        }
        if (day is null || month is null || year is null || year < 1 || day > DateTime.DaysInMonth(year.Value, month.Value) || day < 1)
            return null;
        var local = new DateOnly(year.Value, month.Value, day.Value).ToDateTime(time ?? TimeOnly.MinValue);
        return new DateTimeOffset(local, offset ?? TimeSpan.Zero);
    }

    private static bool IsWeekday(string token) =>
        token.Length >= 3 && Array.IndexOf(Weekdays, token[..3].ToLowerInvariant()) >= 0 && token.All(char.IsAsciiLetter);

    private static int? MonthOf(string token)
    {
        if (token.Length < 3 || !token.All(char.IsAsciiLetter))
            return null;
        var index = Array.IndexOf(Months, token[..3].ToLowerInvariant());
        return index >= 0 ? index + 1 : null;
    }

    private static TimeOnly? ParseTime(string token)
    {
        var parts = token.Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is 0 or > 2 || !p.All(char.IsAsciiDigit)))
            return null;
        var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var second = parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        return hour < 24 && minute < 60 && second < 60 ? new TimeOnly(hour, minute, second) : null;
    }
}
