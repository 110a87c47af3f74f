using NewsBot.Engine.Delivery;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>Retries messages left pending by a Discord outage, so a digest is late rather than lost; books itself again while Discord stays away.</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxRetryJob(OutboxDispatcher dispatcher, OutboxRetryBooking outboxRetry) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var report = await dispatcher.DispatchPendingAsync(cancellationToken);
        if (report.Interrupted)
            await outboxRetry.BookAsync(report.HeldElsewhereUntil, cancellationToken);
    }
}
