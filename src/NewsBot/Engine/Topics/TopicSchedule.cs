using Quartz;

namespace NewsBot.Engine.Topics;

/// <summary>A topic's digest schedule: a Quartz cron expression in an IANA time zone, with words for people.</summary>
public sealed record TopicSchedule(string CronExpression, TimeZoneInfo TimeZone, string Description)
{
    /// <summary>The first digest time strictly after <paramref name="after"/>, or null if the expression never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var cron = new CronExpression(CronExpression, TimeZone);
        return cron.GetNextValidTimeAfter(after);
    }
}
