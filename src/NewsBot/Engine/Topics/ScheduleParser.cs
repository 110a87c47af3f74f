using NewsBot.Localization;
using Quartz;

namespace NewsBot.Engine.Topics;

/// <summary>
/// Reads a topic's schedule: plain phrases (<c>daily 08:00</c>, <c>weekdays 07:30</c>, <c>mon,thu 18:00</c>, <c>every 6h</c>,
/// <c>hourly</c>), a standard 5-field cron expression, or a Quartz 6/7-field one. Errors say what would parse.
/// </summary>
public static class ScheduleParser
{
    public const string Examples = "daily 08:00, weekdays 07:30, weekends 10:00, mon,thu 18:00, every 6h, every 30m, hourly, or a cron expression like 0 8 * * 1-5";

    public static TopicSchedule Parse(string text, string timeZoneId) =>
        TryParse(text, timeZoneId, out var schedule, out var error) ? schedule : throw new FormatException(error);

    /// <summary>Errors in English (settings, the command line).</summary>
    public static bool TryParse(string? text, string? timeZoneId, out TopicSchedule schedule, out string error) =>
        TryParse(text, timeZoneId, null, out schedule, out error);

    /// <param name="texts">The language of <paramref name="error"/> (a moderator's reply); null for English.</param>
    public static bool TryParse(string? text, string? timeZoneId, ReplyTexts? texts, out TopicSchedule schedule, out string error)
    {
        schedule = null!;
        if (!TryFindTimeZone(timeZoneId, out var zone))
        {
            error = (texts ?? English).Get("scheduleError.unknownZone", ("zone", timeZoneId ?? ""));
            return false;
        }
        var trimmed = (text ?? string.Empty).Trim();
        var phrase = SchedulePhrases.ToCron(trimmed);
        if (phrase.Error is { } problem)
        {
            texts ??= English;
            error = texts.Get("scheduleError.withExamples", ("error", problem.In(texts)), ("examples", texts.Get("scheduleError.examples")));
            return false;
        }
        var cron = phrase.Cron ?? ReadCron(trimmed);
        if (cron is null)
        {
            texts ??= English;
            error = texts.Get("scheduleError.notSchedule", ("text", trimmed), ("examples", texts.Get("scheduleError.examples")));
            return false;
        }
        schedule = new TopicSchedule(cron, zone, $"{phrase.Description ?? $"cron {trimmed}"} ({zone.Id})");
        error = string.Empty;
        return true;
    }

    private static ReplyTexts English => TextCatalog.Embedded.For(TextCatalog.Fallback);

    /// <summary>Five fields are crontab (Sunday is 0 or 7), six or seven are Quartz; Quartz turns both into its canonical form.</summary>
    private static string? ReadCron(string text)
    {
        var format = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5 ? CronFormat.Unix : CronFormat.Quartz;
        return CronExpression.TryParse(text, format, out var expression) ? expression!.CronExpressionString : null;
    }

    private static bool TryFindTimeZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
            return true;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
