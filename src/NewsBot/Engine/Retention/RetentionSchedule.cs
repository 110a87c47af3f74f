using Quartz;

namespace NewsBot.Engine.Retention;

/// <summary>Books the daily pruning at 04:15 UTC, a quiet hour for most communities; once per process, idempotent.</summary>
public sealed class RetentionSchedule(ISchedulerFactory schedulerFactory, TimeProvider timeProvider)
{
    public const string DailyCron = "0 15 4 * * ?";
    public static readonly JobKey Job = new("retention", "maintenance");

    public async Task ScheduleAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (await scheduler.Exists(Job, cancellationToken))
            return;
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(Job).StoreDurably().Build();
        var trigger = TriggerBuilder.Create(timeProvider)
            .WithIdentity(Job.Name, Job.Group)
            .ForJob(job)
            .WithCronSchedule(DailyCron, cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }
}
