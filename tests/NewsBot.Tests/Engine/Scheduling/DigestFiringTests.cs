using System.Globalization;
using NewsBot.Engine.Scheduling;
using Quartz;

namespace NewsBot.Tests.Engine.Scheduling;

public sealed class DigestFiringTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Due.AddSeconds(21);

    /// <summary>A recovery trigger's data as Quartz.NET writes it (Convert.ToString, invariant); the trigger itself fires at the original's actual fire time.</summary>
    internal static JobDataMap RecoveryData(DateTimeOffset due) => new()
    {
        [SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime] = Convert.ToString(due, CultureInfo.InvariantCulture),
        [SchedulerConstants.FailedJobOriginalTriggerFireTime] = Convert.ToString(due.AddMilliseconds(37), CultureInfo.InvariantCulture),
    };

    [Fact]
    public void ScheduledAt_Recovering_TheOriginalFiringsDueTimeNotTheRecoveryTriggers()
    {
        var scheduledAt = DigestFiring.ScheduledAt(recovering: true, RecoveryData(Due), Due.AddMilliseconds(37), Now);

        Assert.Equal(Due, scheduledAt);
    }

    [Fact]
    public void ScheduledAt_RecoveringWithUnixMilliseconds_TheOriginalFiringsDueTime()
    {
        var data = new JobDataMap { [SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime] = Due.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) };

        var scheduledAt = DigestFiring.ScheduledAt(recovering: true, data, Due.AddMilliseconds(37), Now);

        Assert.Equal(Due, scheduledAt);
    }

    [Fact]
    public void ScheduledAt_NotRecovering_TheTriggersScheduledTime()
    {
        var scheduledAt = DigestFiring.ScheduledAt(recovering: false, RecoveryData(Due.AddMinutes(-1)), Due, Now);

        Assert.Equal(Due, scheduledAt);
    }

    [Fact]
    public void ScheduledAt_RecoveringWithoutTheOriginalTime_FallsBackToTheTriggersTime()
    {
        var scheduledAt = DigestFiring.ScheduledAt(recovering: true, new JobDataMap(), Due, Now);

        Assert.Equal(Due, scheduledAt);
    }
}
