using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Books one more outbox run (<see cref="OutboxRetryJob"/>) a minute from now, unless one is booked: messages left
/// pending by a Discord outage go out late rather than never, and an idle bot does not poll its outbox.
/// </summary>
internal sealed class OutboxRetryBooking(ISchedulerFactory schedulerFactory, TimeProvider timeProvider)
{
    private const string OutboxGroup = "outbox";
    private static readonly TimeSpan OutboxRetryDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ClaimClockMargin = TimeSpan.FromSeconds(1);

    /// <param name="heldElsewhereUntil">
    /// When another instance's outbox claim ends, if it does before the minute is up: if that instance died mid-send, this
    /// one takes its messages over then.
    /// </param>
    public async Task BookAsync(DateTimeOffset? heldElsewhereUntil, CancellationToken cancellationToken)
    {
        var at = timeProvider.GetUtcNow() + OutboxRetryDelay;
        // A second past the claim's end: instances' clocks differ by up to a second (Quartz's clustering rule too).
        if (heldElsewhereUntil is { } held && held + ClaimClockMargin < at)
            at = held + ClaimClockMargin;
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var key = new JobKey("retry", OutboxGroup);
        // A booked run still to come, as early, is enough; the run that is firing now (its one-shot trigger has no next
        // time until Quartz removes it after the job) must not stop the next booking, or a retry that found the outbox
        // still waiting would be the last one.
        var booked = await scheduler.GetTrigger(new TriggerKey("retry", OutboxGroup), cancellationToken);
        if (booked?.NextFireTimeUtc <= at)
            return;
        var job = JobBuilder.Create<OutboxRetryJob>().WithIdentity(key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create(timeProvider)
            .WithIdentity("retry", OutboxGroup)
            .ForJob(job)
            .StartAt(at)
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }
}
