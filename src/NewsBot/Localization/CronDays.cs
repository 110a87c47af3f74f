using System.Globalization;

namespace NewsBot.Localization;

/// <summary>A Quartz day-of-week field (MON-FRI, SAT,SUN, 2-6, 1,5) as the days it names; null for what it cannot read (L, #, /).</summary>
internal static class CronDays
{
    private static readonly string[] Names = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static HashSet<DayOfWeek>? Parse(string field)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var part in field.Split(','))
        {
            var ends = part.Split('-');
            if (ends.Length > 2 || Day(ends[0]) is not { } first || Day(ends[^1]) is not { } last)
                return null;
            // Quartz ranges may wrap (FRI-MON).
            for (var day = first; ; day = (day + 1) % 7)
            {
                days.Add((DayOfWeek)day);
                if (day == last)
                    break;
            }
        }
        return days;
    }

    /// <summary>0 for Sunday to 6 for Saturday, from a name or Quartz's number (1 is Sunday).</summary>
    private static int? Day(string token)
    {
        var index = Array.FindIndex(Names, n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
            return index;
        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 7 ? number - 1 : null;
    }
}
