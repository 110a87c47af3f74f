using System.Collections.Concurrent;

namespace NewsBot.Tests.Engine.Scheduling;

/// <summary>What the cluster nodes' jobs did, shared by every node of a test: which instance ran, and whether it was a recovery.</summary>
internal sealed class ClusterRuns
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(string Instance, bool Recovering)> Runs { get; } = new();

    /// <summary>When set, the first run never ends (until <see cref="Release"/>), as a job on a node that died would not.</summary>
    public bool HangFirstRun { get; init; }

    public TaskCompletionSource FirstRunStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task RecordAsync(string instance, bool recovering)
    {
        Runs.Enqueue((instance, recovering));
        var first = FirstRunStarted.TrySetResult();
        if (first && HangFirstRun)
            await _release.Task;
    }

    public void Release() => _release.TrySetResult();
}
