namespace NewsBot.Benchmarks.Engine;

/// <summary>What <see cref="ResourceMeter"/> measured over one phase; the working-set peak is the process's since it started.</summary>
internal sealed record PhaseFigures(
    TimeSpan Wall, TimeSpan Cpu, long PeakManagedHeapBytes, long PeakWorkingSetBytes, int Gen0Collections, int Gen2Collections, TimeSpan GcPause)
{
    /// <summary>The memory at the sample (every 100 ms) with the largest working set.</summary>
    public MemorySnapshot? AtPeakWorkingSet { get; init; }

    /// <summary>Bytes allocated on the managed heap by all threads over the phase: what drives the gen0 collections.</summary>
    public long AllocatedBytes { get; init; }
}
