using System.Globalization;

namespace NewsBot.Localization;

/// <summary>
/// A schedule in a member's words: the cron shapes the schedule phrases produce (and the same shapes written as cron) read
/// as "weekdays at 07:30", "every 6 hours from midnight", "Mon, Thu at 18:00" in the catalog's language; any other
/// expression is shown as itself, which is still exact.
/// </summary>
public static class ScheduleWords
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The words followed by the time zone, e.g. "weekdays at 07:30 (Europe/Berlin)".</summary>
    public static string WithZone(string cron, TimeZoneInfo zone, ReplyTexts texts)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Get("schedule.withZone", ("schedule", Describe(cron, texts)), ("zone", zone.Id));
    }

    public static string Describe(string cron, ReplyTexts texts)
    {
        ArgumentNullException.ThrowIfNull(cron);
        ArgumentNullException.ThrowIfNull(texts);
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 6 or > 7 || fields[0] != "0" || fields[4] != "*" || fields is [_, _, _, _, _, _, var year] && year != "*")
            return AsIs(cron, texts);
        var (minute, hour, dayOfMonth, dayOfWeek) = (fields[1], fields[2], fields[3], fields[5]);
        var everyDay = (dayOfMonth, dayOfWeek) is ("*", "?") or ("?", "*") or ("?", "?");
        if (everyDay && minute == "0" && hour == "*")
            return texts.Get("schedule.hourly");
        if (everyDay && minute == "0" && Step(hour) is { } hours)
            return texts.Get("schedule.everyHours", ("count", hours.ToString(CultureInfo.InvariantCulture)));
        if (everyDay && hour == "*" && Step(minute) is { } minutes)
            return texts.Get("schedule.everyMinutes", ("count", minutes.ToString(CultureInfo.InvariantCulture)));
        if (!int.TryParse(minute, NumberStyles.None, CultureInfo.InvariantCulture, out var atMinute) || Hours(hour) is not { } atHours)
            return AsIs(cron, texts);
        var times = string.Join(", ", atHours.Select(h => $"{h:00}:{atMinute:00}"));
        if (everyDay)
            return texts.Get("schedule.daily", ("times", times));
        if (dayOfMonth != "?" || CronDays.Parse(dayOfWeek) is not { Count: > 0 } days)
            return AsIs(cron, texts);
        if (days.Count == 7)
            return texts.Get("schedule.daily", ("times", times));
        if (days.SetEquals(Weekdays))
            return texts.Get("schedule.weekdays", ("times", times));
        if (days.SetEquals(Weekend))
            return texts.Get("schedule.weekends", ("times", times));
        var names = CultureInfo.GetCultureInfo(texts.Locale).DateTimeFormat.AbbreviatedDayNames;
        var listed = string.Join(", ", days.OrderBy(d => ((int)d + 6) % 7).Select(d => names[(int)d]));
        return texts.Get("schedule.days", ("days", listed), ("times", times));
    }

    private static string AsIs(string cron, ReplyTexts texts) => texts.Get("schedule.cron", ("expression", cron));

    /// <summary>"0/6" or "*/6": every sixth from the start.</summary>
    private static int? Step(string field) =>
        field.Split('/') is ["0" or "*", var step] && int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static List<int>? Hours(string field)
    {
        var hours = new List<int>();
        foreach (var part in field.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
                return null;
            hours.Add(hour);
        }
        return [.. hours.Distinct().Order()];
    }
}
