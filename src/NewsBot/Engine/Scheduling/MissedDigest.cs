using NewsBot.Engine.Topics;
namespace NewsBot.Engine.Scheduling;

/// <summary>Finds the digest whose time passed while the bot was down; the publisher decides whether it is still worth sending.</summary>
public static class MissedDigest
{
    /// <summary>How far back a schedule is searched; anything older is past every grace period anyway.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(31);

    /// <summary>
    /// The latest firing in (<paramref name="since"/>, <paramref name="now"/>], or null when none was missed. The search
    /// halves the unsearched span each step, so a schedule that fires every second costs as little as a daily one.
    /// </summary>
    public static DateTimeOffset? Latest(TopicSchedule schedule, DateTimeOffset since, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var from = since > now - Horizon ? since : now - Horizon;
        if (schedule.NextAfter(from) is not { } latest || latest > now)
            return null;
        // Invariant: latest is a firing, and nothing fires in (upper, now].
        var upper = now;
        while (schedule.NextAfter(latest) is { } next && next <= upper)
        {
            latest = next;
            var middle = latest + (upper - latest) / 2;
            if (schedule.NextAfter(middle) is { } later && later <= upper)
                latest = later;
            else
                upper = middle;
        }
        return latest;
    }
}
