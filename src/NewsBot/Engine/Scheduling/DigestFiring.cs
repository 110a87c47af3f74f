using System.Globalization;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>The scheduled time a digest firing stands for, which keys its window and its outbox rows.</summary>
internal static class DigestFiring
{
    /// <summary>
    /// A recovery trigger (an instance died mid-job) fires at the time the original firing actually ran, a few
    /// milliseconds after its scheduled time: keyed by that, the re-run would open a new window of those milliseconds and
    /// queue a second digest (an empty one with <c>Digests:PostWhenEmpty</c>). The original scheduled time, which Quartz
    /// keeps in the recovery trigger's data, makes the re-run find the window already done.
    /// </summary>
    public static DateTimeOffset ScheduledAt(bool recovering, JobDataMap merged, DateTimeOffset? scheduledFireTime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var original = recovering && merged.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var value)
            ? Read(value)
            : null;
        return original ?? scheduledFireTime ?? now;
    }

    // Quartz.NET writes the time with Convert.ToString (invariant culture, whole seconds, which a cron time always is);
    // Java's Quartz and older stores wrote Unix milliseconds: both are read.
    private static DateTimeOffset? Read(object? value) => value switch
    {
        DateTimeOffset time => time,
        long milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds),
        string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds) =>
            DateTimeOffset.FromUnixTimeMilliseconds(milliseconds),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => time,
        _ => null,
    };
}
