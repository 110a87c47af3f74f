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
    private TaskCompletionSource _next = NewSignal();
    private long _version;

    public string Name => nameof(SchedulerActivity);

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Completes at the first job start or end after this call.</summary>
    public Task NextChange
    {
        get { lock (_gate) return _next.Task; }
    }

    /// <summary>Whether the firing's job has ended (or was vetoed), even if Quartz still lists it.</summary>
    public bool HasEnded(string fireInstanceId) => _ended.ContainsKey(fireInstanceId);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Changed();

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Ended(context);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) => Ended(context);

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
