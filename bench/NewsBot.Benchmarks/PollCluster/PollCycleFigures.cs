namespace NewsBot.Benchmarks.PollCluster;

/// <summary>The cycle's wall time and, per instance, its cpu over the cycle and its peak resident memory.</summary>
internal sealed record PollCycleFigures(TimeSpan Wall, IReadOnlyList<ProcessFigures> Instances);
