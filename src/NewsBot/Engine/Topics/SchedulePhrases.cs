using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Engine.Topics;

/// <summary>Plain schedule phrases to Quartz cron. Anything that does not start like a phrase is left to the cron reader.</summary>
internal static partial class SchedulePhrases
{
    public readonly record struct Result(string? Cron, string? Description, ScheduleProblem? Error);

    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = "MON",
        ["tue"] = "TUE",
        ["wed"] = "WED",
        ["thu"] = "THU",
        ["fri"] = "FRI",
        ["sat"] = "SAT",
        ["sun"] = "SUN",
    };

    public static Result ToCron(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower == "hourly")
            return new("0 0 * * * ?", "every hour, on the hour", null);
        if (Every().Match(lower) is { Success: true } every)
            return FromEvery(int.Parse(every.Groups[1].Value, CultureInfo.InvariantCulture), every.Groups[2].Value);
        if (AtTimes().Match(lower) is not { Success: true } at)
            return default;
        var days = DaysOf(at.Groups[1].Value);
        if (days is null)
            return new(null, null, new ScheduleProblem("scheduleError.badDays", "days", at.Groups[1].Value));
        return FromTimes(days.Value.Field, days.Value.Words, at.Groups[2].Value);
    }

    private static Result FromEvery(int amount, string unit)
    {
        var hours = unit.StartsWith('h');
        // Cron restarts the count every day (or hour), so only steps that divide it evenly keep the gaps equal.
        if (hours && (amount is < 1 or > 12 || 24 % amount != 0))
            return new(null, null, new ScheduleProblem("scheduleError.badHours"));
        if (!hours && (amount is < 5 or > 30 || 60 % amount != 0))
            return new(null, null, new ScheduleProblem("scheduleError.badMinutes"));
        return hours
            ? new($"0 0 0/{amount} * * ?", $"every {amount} hours from midnight", null)
            : new($"0 0/{amount} * * * ?", $"every {amount} minutes", null);
    }

    private static (string Field, string Words)? DaysOf(string words) => words switch
    {
        "daily" or "every day" => ("*", "every day"),
        "weekdays" => ("MON-FRI", "weekdays"),
        "weekends" => ("SAT,SUN", "weekends"),
        _ => DayList(words),
    };

    private static (string Field, string Words)? DayList(string words)
    {
        var names = new List<string>();
        foreach (var part in words.Replace("weekly", string.Empty, StringComparison.Ordinal).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = part.Length >= 3 ? part[..3] : part;
            if (!Days.TryGetValue(key, out var day))
                return null;
            names.Add(day);
        }
        return names.Count == 0 ? null : (string.Join(',', names), string.Join(", ", names.Select(n => n[0] + n[1..].ToLowerInvariant())));
    }

    private static Result FromTimes(string dayField, string dayWords, string times)
    {
        var parsed = new List<(int Hour, int Minute)>();
        foreach (var time in times.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ClockTime().Match(time) is not { Success: true } clock)
                return new(null, null, new ScheduleProblem("scheduleError.badTime", "time", time));
            var hour = int.Parse(clock.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = clock.Groups[2].Success ? int.Parse(clock.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            hour = clock.Groups[3].Value switch { "pm" when hour < 12 => hour + 12, "am" when hour == 12 => 0, _ => hour };
            if (hour > 23 || minute > 59)
                return new(null, null, new ScheduleProblem("scheduleError.badTimeOfDay", "time", time));
            parsed.Add((hour, minute));
        }
        if (parsed.Select(t => t.Minute).Distinct().Count() > 1)
            return new(null, null, new ScheduleProblem("scheduleError.mixedMinutes"));
        var hours = string.Join(',', parsed.Select(t => t.Hour).Distinct().Order());
        var (cronDay, cronWeekday) = dayField == "*" ? ("*", "?") : ("?", dayField);
        var description = $"{dayWords} at {string.Join(", ", parsed.Select(t => $"{t.Hour:00}:{t.Minute:00}"))}";
        return new($"0 {parsed[0].Minute} {hours} {cronDay} * {cronWeekday}", description, null);
    }

    [GeneratedRegex(@"^every\s+(\d+)\s*(h|hours?|m|min|minutes?)$")]
    private static partial Regex Every();

    [GeneratedRegex(@"^(daily|every day|weekdays|weekends|(?:weekly\s+)?[a-z]+(?:\s*,\s*[a-z]+)*)\s+(?:at\s+)?(\d[\d:apm,\s]*)$")]
    private static partial Regex AtTimes();

    [GeneratedRegex(@"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")]
    private static partial Regex ClockTime();
}
