using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Retention;
using NewsBot.Engine.Topics;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Brings the engine up after a start or a crash, in an order that loses nothing: configured topics into the store,
/// messages a crash left unsent out first, then the schedule, then the digests that fell due while the bot was down
/// (sent once when within Digests:GraceHours, otherwise skipped with a log line; their articles wait for the next one):
/// by Quartz's misfire handling with the persistent store, by this class with the in-memory one.
/// </summary>
internal sealed partial class EngineStartup(
    ConfiguredTopicSync configuredTopics,
    CatalogTopicSync catalogTopics,
    OutboxDispatcher dispatcher,
    EngineScheduler scheduler,
    OutboxRetryBooking outboxRetry,
    RetentionSchedule retention,
    ITopicStore topics,
    TopicDigestPublisher publisher,
    TimeProvider timeProvider,
    StartupReport report,
    RegisteredSchedulerStore store,
    ILogger<EngineStartup> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when start-up work is done (tests wait for it).</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await configuredTopics.SyncAsync(stoppingToken);
            await catalogTopics.SyncAsync(stoppingToken);
            await report.LogAsync(stoppingToken);
            var leftovers = await dispatcher.DispatchPendingAsync(stoppingToken);
            await scheduler.SyncAsync(stoppingToken);
            await retention.ScheduleAsync(stoppingToken);
            if (leftovers.Interrupted)
                await outboxRetry.BookAsync(leftovers.HeldElsewhereUntil, stoppingToken);
            // A persistent store still holds the triggers that were due while the bot was down, and Quartz fires each once
            // (its misfire policy), on one instance of a cluster; only the in-memory schedule has to be caught up here.
            if (store.Kind == SchedulerStoreKind.Memory)
                await SendMissedDigestsAsync(stoppingToken);
            _ready.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _ready.TrySetCanceled(stoppingToken);
        }
        catch (Exception e)
        {
            _ready.TrySetException(e);
            throw;
        }
    }

    private async Task SendMissedDigestsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var topic in await topics.ListAsync(cancellationToken))
        {
            if (!ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, out var schedule, out _))
                continue;
            if (MissedDigest.Latest(schedule, topic.LastDigestAt ?? topic.CreatedAt, now) is not { } due)
                continue;
            LogCatchingUp(topic.Name, due);
            // Beyond Digests:GraceHours the publisher skips it with a log line; its stories then go into the next digest.
            await publisher.PublishAsync(topic, due, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Topic {Topic}: the digest due at {DueAt:u} was missed while the bot was down")]
    private partial void LogCatchingUp(string topic, DateTimeOffset dueAt);
}
