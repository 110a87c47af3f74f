namespace NewsBot.Scheduling;

/// <summary>Finds the digest whose time passed while the bot was down; the publisher decides whether it is still worth sending.</summary>
public static class MissedDigest
{
    /// <summary>How far back a schedule is searched; anything older is past every grace period anyway.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(31);

    private const int MaxFirings = 50_000;

    /// <summary>The latest firing in (<paramref name="since"/>, <paramref name="now"/>], or null when none was missed.</summary>
    public static DateTimeOffset? Latest(TopicSchedule schedule, DateTimeOffset since, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var cursor = since > now - Horizon ? since : now - Horizon;
        DateTimeOffset? latest = null;
        for (var i = 0; i < MaxFirings && schedule.NextAfter(cursor) is { } next && next <= now; i++)
        {
            latest = next;
            cursor = next;
        }
        return latest;
    }
}
