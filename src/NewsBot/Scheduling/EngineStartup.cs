using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Digests;
using NewsBot.Publishing;
using NewsBot.Topics;

namespace NewsBot.Scheduling;

/// <summary>
/// Brings the engine up after a start or a crash, in an order that loses nothing: configured topics into the store,
/// messages a crash left unsent out first, then the schedule, then the digests that fell due while the bot was down
/// (sent once when within the grace period, otherwise skipped with a log line; their articles wait for the next one).
/// </summary>
internal sealed partial class EngineStartup(
    ConfiguredTopicSync configuredTopics,
    OutboxDispatcher dispatcher,
    EngineScheduler scheduler,
    ITopicStore topics,
    TopicDigestPublisher publisher,
    IOptions<DigestOptions> digestOptions,
    TimeProvider timeProvider,
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
            await dispatcher.DispatchPendingAsync(stoppingToken);
            await scheduler.SyncAsync(stoppingToken);
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
        var grace = TimeSpan.FromHours(digestOptions.Value.GraceHours);
        foreach (var topic in await topics.ListAsync(cancellationToken))
        {
            if (!ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, out var schedule, out _))
                continue;
            var missed = MissedDigest.Find(schedule, topic.LastDigestAt ?? topic.CreatedAt, now, grace);
            if (missed is null)
                continue;
            if (!missed.WithinGrace)
            {
                LogSkipped(topic.Name, missed.DueAt, grace.TotalHours);
                continue;
            }
            LogCatchingUp(topic.Name, missed.DueAt);
            await publisher.PublishAsync(topic, missed.DueAt, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped the digest of {Topic} due at {DueAt:u}: more than {GraceHours} h ago; its stories go into the next digest")]
    private partial void LogSkipped(string topic, DateTimeOffset dueAt, double graceHours);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending the digest of {Topic} due at {DueAt:u}, missed while the bot was down")]
    private partial void LogCatchingUp(string topic, DateTimeOffset dueAt);
}
