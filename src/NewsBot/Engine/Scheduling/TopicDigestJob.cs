using NewsBot.Core.Storage;
using NewsBot.Engine.Delivery;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>Composes and sends one topic's digest for the time its trigger was due (not the time it ran; a recovery for the original firing's time).</summary>
[DisallowConcurrentExecution]
internal sealed class TopicDigestJob(ITopicStore topics, TopicDigestPublisher publisher, EngineScheduler scheduler, OutboxRetryBooking outboxRetry, TimeProvider timeProvider) : IJob
{
    public const string TopicIdKey = "topicId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var topicId = context.MergedJobDataMap.GetLong(TopicIdKey);
        var topic = await topics.GetAsync(topicId, cancellationToken);
        if (topic is null)
        {
            await scheduler.UnscheduleTopicAsync(topicId, cancellationToken);
            return;
        }
        var scheduledAt = DigestFiring.ScheduledAt(context.Recovering, context.MergedJobDataMap, context.ScheduledFireTimeUtc, timeProvider.GetUtcNow());
        var outcome = await publisher.PublishAsync(topic, scheduledAt, cancellationToken);
        if (outcome.Dispatch.Interrupted)
            await outboxRetry.BookAsync(outcome.Dispatch.HeldElsewhereUntil, cancellationToken);
    }
}
