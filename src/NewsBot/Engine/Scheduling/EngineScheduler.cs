using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Polling;
using NewsBot.Engine.Topics;
using Quartz;

namespace NewsBot.Engine.Scheduling;

/// <summary>
/// Keeps Quartz in step with the store: one digest trigger per topic (its cron, in its time zone) and one poll job
/// per feed some server follows without a pause (a first poll within a minute, then every interval on the feed's own slot),
/// except catalogue sources: one job polls those every minute under the catalogue's cap (<see cref="CatalogPollJob"/>). Call
/// <see cref="SyncAsync"/> after any change to topics or feeds; it applies at once, without a restart.
/// </summary>
public sealed partial class EngineScheduler(
    ISchedulerFactory schedulerFactory,
    ITopicStore topics,
    IFeedSubscriptionStore subscriptions,
    CatalogTopicFeeds catalog,
    IOptions<PollingOptions> polling,
    TimeProvider timeProvider,
    ILogger<EngineScheduler> logger) : IDisposable
{
    private const string FeedGroup = "feeds";
    private const string TopicGroup = "topics";
    private const string CatalogGroup = "catalog";
    private readonly SemaphoreSlim _sync = new(1, 1);

    public static JobKey FeedJob(string feedUrl) => new(feedUrl, FeedGroup);

    public static JobKey TopicJob(long topicId) => new(topicId.ToString(System.Globalization.CultureInfo.InvariantCulture), TopicGroup);

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            var all = await topics.ListAsync(cancellationToken);
            await SyncTopicsAsync(scheduler, all, cancellationToken);
            await SyncFeedsAsync(scheduler, all, cancellationToken);
            await SyncCatalogRoundAsync(scheduler, all, cancellationToken);
        }
        finally
        {
            _sync.Release();
        }
    }

    public void Dispose() => _sync.Dispose();

    /// <summary>
    /// Removes a paused feed's poll job, unless a server resumed it meanwhile: taken in turn with <see cref="SyncAsync"/>,
    /// so a resume that found the job still there cannot see it deleted afterwards.
    /// </summary>
    public async Task UnscheduleFeedAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            if (!FeedSubscription.AllPaused(await subscriptions.ListAsync(feedUrl, cancellationToken)))
                return;
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            await scheduler.DeleteJob(FeedJob(feedUrl), cancellationToken);
        }
        finally
        {
            _sync.Release();
        }
    }

    public async Task UnscheduleTopicAsync(long topicId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(TopicJob(topicId), cancellationToken);
    }

    /// <summary>When the topic's digest trigger fires next, or null when it is not scheduled.</summary>
    public async Task<DateTimeOffset?> NextDigestAsync(long topicId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var triggers = await scheduler.GetTriggersOfJob(TopicJob(topicId), cancellationToken);
        return triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min();
    }

    private async Task SyncTopicsAsync(IScheduler scheduler, IReadOnlyList<Topic> all, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<JobKey>();
        foreach (var topic in all)
        {
            if (!ScheduleParser.TryParse(topic.Schedule, topic.TimeZone, out var schedule, out var error))
            {
                LogBadSchedule(topic.Name, error);
                continue;
            }
            var key = TopicJob(topic.Id);
            wanted.Add(key);
            // Replacing an unchanged trigger could drop a firing that is due right now, so only changes are applied.
            if (await scheduler.GetTrigger(new TriggerKey(key.Name, TopicGroup), cancellationToken) is ICronTrigger current
                && current.CronExpressionString == schedule.CronExpression
                && current.TimeZone.Id == schedule.TimeZone.Id)
            {
                continue;
            }

            var (job, trigger) = EngineTriggers.TopicDigest(key, topic.Id, schedule, timeProvider);
            await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
        }
        await DeleteUnwantedAsync(scheduler, TopicGroup, wanted, async () => [.. (await topics.ListAsync(cancellationToken)).Select(t => TopicJob(t.Id))], cancellationToken);
    }

    private async Task SyncFeedsAsync(IScheduler scheduler, IReadOnlyList<Topic> all, CancellationToken cancellationToken)
    {
        var wanted = await WantedFeedJobsAsync(all, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var interval = TimeSpan.FromMinutes(polling.Value.IntervalMinutes);
        var window = TimeSpan.FromSeconds(polling.Value.FirstPollWindowSeconds);
        foreach (var key in wanted)
        {
            if (await scheduler.Exists(key, cancellationToken))
                continue;
            var (job, first, recurring) = EngineTriggers.FeedPoll(key, now, window, interval, timeProvider);
            await ScheduleOnce.TryScheduleAsync(scheduler, job, [first, recurring], cancellationToken);
        }
        await DeleteUnwantedAsync(
            scheduler, FeedGroup, wanted, async () => await WantedFeedJobsAsync(await topics.ListAsync(cancellationToken), cancellationToken), cancellationToken);
    }

    /// <summary>A feed is polled while one server's subscription is active; pausing it for one server leaves the others' polls.</summary>
    private async Task<HashSet<JobKey>> WantedFeedJobsAsync(IReadOnlyList<Topic> all, CancellationToken cancellationToken) =>
        (await PolledFeeds.WantedAsync(all, subscriptions, cancellationToken)).Where(f => !catalog.IsCatalogSource(f)).Select(FeedJob).ToHashSet();

    /// <summary>The catalogue's round runs every minute while some topic follows a catalogue source, and not at all otherwise.</summary>
    private async Task SyncCatalogRoundAsync(IScheduler scheduler, IReadOnlyList<Topic> all, CancellationToken cancellationToken)
    {
        var key = new JobKey("round", CatalogGroup);
        var wanted = (await PolledFeeds.WantedAsync(all, subscriptions, cancellationToken)).Any(catalog.IsCatalogSource);
        if (!wanted)
        {
            await scheduler.DeleteJob(key, cancellationToken);
            return;
        }
        if (await scheduler.Exists(key, cancellationToken))
            return;
        var (job, trigger) = EngineTriggers.CatalogRound(key, timeProvider);
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>
    /// Deletes the group's jobs that are not wanted, read twice: with a clustered store another instance may have scheduled
    /// a topic or feed created after this one read the list, and its job must not be deleted by this (older) view.
    /// </summary>
    private static async Task DeleteUnwantedAsync(
        IScheduler scheduler, string group, HashSet<JobKey> wanted, Func<Task<HashSet<JobKey>>> wantedNow, CancellationToken cancellationToken)
    {
        var existing = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken);
        var unwanted = existing.Where(k => !wanted.Contains(k)).ToList();
        if (unwanted.Count == 0)
            return;
        var stillWanted = await wantedNow();
        unwanted.RemoveAll(stillWanted.Contains);
        if (unwanted.Count > 0)
            await scheduler.DeleteJobs(unwanted, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Topic {Topic} is not scheduled: {Error}")]
    private partial void LogBadSchedule(string topic, string error);
}
