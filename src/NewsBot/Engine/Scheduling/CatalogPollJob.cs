using Microsoft.Extensions.Logging;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Polling;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Once a minute: polls the catalogue sources <see cref="CatalogPollRound"/> picks (under <c>Catalog:MaxPollsPerMinute</c>),
/// each once however many topics and servers use it, then sends what the polls queued.
/// </summary>
[DisallowConcurrentExecution]
[ExecutionGroup(SchedulerCapacity.PollGroup)]
internal sealed class CatalogPollJob(
    CatalogPollRound round,
    FeedPoller poller,
    OutboxDispatcher dispatcher,
    OutboxRetryBooking outboxRetry,
    ILogger<CatalogPollJob> logger) : IJob
{
    // Outlets polled at once within a round: a few, as a feed's own job would run beside the others.
    private const int ParallelPolls = 4;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var picked = await round.SelectAsync(cancellationToken);
            await Parallel.ForEachAsync(picked, new ParallelOptions { MaxDegreeOfParallelism = ParallelPolls, CancellationToken = cancellationToken },
                async (feedUrl, token) => await poller.PollAsync(feedUrl, token));
            var dispatch = await dispatcher.DispatchPendingAsync(cancellationToken);
            if (dispatch.Interrupted)
                await outboxRetry.BookAsync(dispatch.HeldElsewhereUntil, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The poller records each feed's failures itself; what is left must not end the job with an exception Quartz only logs.
            logger.LogWarning(e, "Catalogue poll round failed");
        }
    }
}
