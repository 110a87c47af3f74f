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
        var original = recovering
            && merged.TryGetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var text)
            && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
                ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                : (DateTimeOffset?)null;
        return original ?? scheduledFireTime ?? now;
    }
}
