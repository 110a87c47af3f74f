using System.Collections.Concurrent;
using NewsBot.Engine.Retention;
using NewsBot.Engine.Scheduling;
using Quartz;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Hears every job start and end: the clock driver needs to know when the engine is quiet, and the report needs when
/// each digest started against when it was due.
/// </summary>
internal sealed class SoakActivity(TimeProvider clock) : IJobListener
{
    private static readonly string DigestGroup = EngineScheduler.TopicJob(0).Group;
    private readonly ConcurrentDictionary<string, byte> _ended = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DigestRun> _digests = new();
    private long _version;
    private long _jobs;
    private long _prunings;

    public string Name => nameof(SoakActivity);

    /// <summary>Counts starts and ends; a change between two reads means something happened in between.</summary>
    public long Version => Interlocked.Read(ref _version);

    public long Jobs => Interlocked.Read(ref _jobs);

    public IReadOnlyList<DigestRun> Digests => [.. _digests];

    /// <summary>Runs of the daily retention job (it prunes at 04:15 UTC).</summary>
    public long Prunings => Interlocked.Read(ref _prunings);

    public bool HasEnded(string fireInstanceId) => _ended.ContainsKey(fireInstanceId);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var job = context.JobDetail.Key;
        if (job.Equals(RetentionSchedule.Job))
            Interlocked.Increment(ref _prunings);
        if (job.Group == DigestGroup)
            _digests.Enqueue(new DigestRun(job.Name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, clock.GetUtcNow()));
        Interlocked.Increment(ref _jobs);
        Interlocked.Increment(ref _version);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Ended(context);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        Ended(context);

    private ValueTask Ended(IJobExecutionContext context)
    {
        _ended[context.FireInstanceId] = 0;
        Interlocked.Increment(ref _version);
        return ValueTask.CompletedTask;
    }
}
