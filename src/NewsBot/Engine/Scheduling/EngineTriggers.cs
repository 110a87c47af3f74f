using NewsBot.Engine.Topics;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>The jobs <see cref="EngineScheduler"/> keeps and their triggers, each with the misfire policy it needs.</summary>
internal static class EngineTriggers
{
    private static readonly TimeSpan CatalogInterval = TimeSpan.FromMinutes(1);

    public static (IJobDetail Job, ITrigger Trigger) TopicDigest(JobKey key, long topicId, TopicSchedule schedule, TimeProvider timeProvider)
    {
        var job = JobBuilder.Create<TopicDigestJob>()
            .WithIdentity(key)
            .UsingJobData(TopicDigestJob.TopicIdKey, topicId)
            .StoreDurably()
            // An instance killed mid-digest leaves the firing to another (clustered store): the outbox key makes the rerun post nothing twice.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(timeProvider)
            .WithIdentity(key.Name, key.Group)
            .ForJob(job)
            // Misfire policy: fire once now, for the time that was missed, however many were missed (a busy start-up,
            // a long GC, or, with the persistent store, the hours the bot was down); the publisher drops it only
            // beyond Digests:GraceHours, and its window guard makes a second call for the same window a no-op.
            .WithCronSchedule(schedule.CronExpression, cron => cron
                .InTimeZone(schedule.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        return (job, trigger);
    }

    /// <summary>A feed's first poll within <paramref name="window"/>, then one every interval on the feed's own slot.</summary>
    public static (IJobDetail Job, ITrigger First, ITrigger Recurring) FeedPoll(
        JobKey key, DateTimeOffset now, TimeSpan window, TimeSpan interval, TimeProvider timeProvider)
    {
        var job = JobBuilder.Create<FeedPollJob>()
            .WithIdentity(key)
            .UsingJobData(FeedPollJob.FeedUrlKey, key.Name)
            .StoreDurably()
            .Build();
        var first = TriggerBuilder.Create(timeProvider)
            .WithIdentity(key.Name + "#first", key.Group)
            .WithExecutionGroup(SchedulerCapacity.PollGroup)
            .ForJob(job)
            .StartAt(PollPlan.First(key.Name, now, window))
            .Build();
        var recurring = TriggerBuilder.Create(timeProvider)
            .WithIdentity(key.Name, key.Group)
            .WithExecutionGroup(SchedulerCapacity.PollGroup)
            // Misfire policy: a poll held back by the poll limit still runs late; after half an interval (or after
            // the bot was down, with the persistent store) it skips to its next slot: one poll reads everything missed.
            .WithMisfireThreshold(interval / 2)
            .ForJob(job)
            .StartAt(PollPlan.Next(key.Name, now + window, interval))
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        return (job, first, recurring);
    }

    public static (IJobDetail Job, ITrigger Trigger) CatalogRound(JobKey key, TimeProvider timeProvider)
    {
        var job = JobBuilder.Create<CatalogPollJob>().WithIdentity(key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create(timeProvider)
            .WithIdentity(key.Name, key.Group)
            .WithExecutionGroup(SchedulerCapacity.PollGroup)
            .ForJob(job)
            .StartAt(timeProvider.GetUtcNow())
            // A round missed (busy pool, the bot down) is not made up: the next one polls whoever waited longest.
            .WithSimpleSchedule(s => s.WithInterval(CatalogInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        return (job, trigger);
    }
}
