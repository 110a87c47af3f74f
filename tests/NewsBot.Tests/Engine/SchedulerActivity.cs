using System.Collections.Concurrent;
using Quartz;

namespace NewsBot.Tests.Engine;

/// <summary>
/// Tells the engine harness when a Quartz job starts or ends, so it can wait for the scheduler to go quiet on those events
/// instead of watching it for quiet rounds of real time. <see cref="Version"/> counts the events; <see cref="NextChange"/>
/// completes at the next one. Quartz forgets a firing only after announcing its end, so the ended firings are remembered.
/// </summary>
internal sealed class SchedulerActivity : IJobListener
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, bool> _ended = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<JobRun> _runs = new();
    private TaskCompletionSource _next = NewSignal();
    private long _version;

    public string Name => nameof(SchedulerActivity);

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Completes at the first job start or end after this call.</summary>
    public Task NextChange
    {
        get { lock (_gate) return _next.Task; }
    }

    /// <summary>Every job that has ended, with when it was due and when it started, on the scheduler's clock.</summary>
    public IReadOnlyList<JobRun> Runs => [.. _runs];

    /// <summary>Whether the firing's job has ended (or was vetoed), even if Quartz still lists it.</summary>
    public bool HasEnded(string fireInstanceId) => _ended.ContainsKey(fireInstanceId);

    /// <summary>
    /// The first ended run that <paramref name="matches"/>, waiting for job events up to <paramref name="patience"/> of
    /// real time (a hang guard, not a measurement); null when none came.
    /// </summary>
    public async Task<JobRun?> WaitForRunAsync(Func<JobRun, bool> matches, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(patience);
        while (true)
        {
            var change = NextChange;
            if (_runs.FirstOrDefault(matches) is { } run)
                return run;
            try
            {
                await change.WaitAsync(guard.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Changed();

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Ended(context);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        _runs.Enqueue(new JobRun(context.JobDetail.Key, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.FireTimeUtc));
        return Ended(context);
    }

    private ValueTask Ended(IJobExecutionContext context)
    {
        _ended[context.FireInstanceId] = true;
        return Changed();
    }

    private ValueTask Changed()
    {
        TaskCompletionSource reached;
        lock (_gate)
        {
            Interlocked.Increment(ref _version);
            (reached, _next) = (_next, NewSignal());
        }
        reached.SetResult();
        return ValueTask.CompletedTask;
    }

    // Continuations run elsewhere, so a waiting test never runs on Quartz's worker thread.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
