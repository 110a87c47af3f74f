using NewsBot.Publishing;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Retries messages left pending by a Discord outage, so a digest is late rather than lost.</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxRetryJob(OutboxDispatcher dispatcher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await dispatcher.DispatchPendingAsync(cancellationToken);
}
