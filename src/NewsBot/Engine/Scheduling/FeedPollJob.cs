using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Polling;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Polls one feed and sends whatever the poll queued (a pause notice). A failing feed backs off by skipping polls
/// until its back-off time, which costs one read; a paused feed loses its triggers and costs nothing.
/// </summary>
[DisallowConcurrentExecution]
[ExecutionGroup(SchedulerCapacity.PollGroup)]
internal sealed class FeedPollJob(
    FeedPoller poller,
    IFeedStateStore feeds,
    OutboxDispatcher dispatcher,
    EngineScheduler scheduler,
    OutboxRetryBooking outboxRetry,
    TimeProvider timeProvider,
    ILogger<FeedPollJob> logger) : IJob
{
    public const string FeedUrlKey = "feedUrl";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var feedUrl = context.MergedJobDataMap.GetString(FeedUrlKey)!;
        try
        {
            await PollAsync(feedUrl, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The poller records a feed's failures itself; what is left (the state store, the scheduler) must not end the
            // job with an exception Quartz would only log, so it is logged here and the next firing tries again.
            logger.LogWarning(e, "{Feed}: poll job failed", LoggableUrl.For(feedUrl));
        }
    }

    private async Task PollAsync(string feedUrl, CancellationToken cancellationToken)
    {
        var state = await feeds.GetAsync(feedUrl, cancellationToken);
        if (state is { ConsecutiveFailures: > 0, NextPollAt: { } backOffUntil } && backOffUntil > timeProvider.GetUtcNow())
            return;
        var result = await poller.PollAsync(feedUrl, cancellationToken);
        // Before the notices go out: a moderator who reads one and resumes at once must find the job gone (and get a new one).
        if (result.Paused)
            await scheduler.UnscheduleFeedAsync(feedUrl, cancellationToken);
        var dispatch = await dispatcher.DispatchPendingAsync(cancellationToken);
        if (dispatch.Interrupted)
            await outboxRetry.BookAsync(dispatch.HeldElsewhereUntil, cancellationToken);
    }
}
