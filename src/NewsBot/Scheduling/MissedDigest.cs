namespace NewsBot.Scheduling;

/// <summary>
/// What start-up does about a digest whose time passed while the bot was down: send the latest one if it is recent
/// enough, otherwise skip it (its articles are not lost: the next digest's window starts where the last one ended).
/// </summary>
public sealed record MissedDigest(DateTimeOffset DueAt, bool WithinGrace)
{
    /// <summary>How far back a schedule is searched; older misses are not worth a log line each.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(31);

    private const int MaxFirings = 50_000;

    /// <summary>The latest firing in (<paramref name="since"/>, <paramref name="now"/>], or null when none was missed.</summary>
    public static MissedDigest? Find(TopicSchedule schedule, DateTimeOffset since, DateTimeOffset now, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var cursor = since > now - Horizon ? since : now - Horizon;
        DateTimeOffset? latest = null;
        for (var i = 0; i < MaxFirings && schedule.NextAfter(cursor) is { } next && next <= now; i++)
        {
            latest = next;
            cursor = next;
        }
        return latest is { } due ? new MissedDigest(due, now - due <= grace) : null;
    }
}
