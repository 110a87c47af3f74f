namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// The process's memory at one moment: working set, managed heap, and, as of the last collection, the GC's committed
/// memory and each generation's size (gen0, gen1, gen2, large-object heap, pinned-object heap), and SQLite's own allocations. Working set less the
/// committed managed memory is what lives outside the managed heap (native code, SQLite, thread stacks).
/// </summary>
internal sealed record MemorySnapshot(
    long WorkingSetBytes, long HeapBytes, long CommittedBytes, IReadOnlyList<long> GenerationBytes, long SqliteBytes, long SqlitePeakBytes)
{
    static MemorySnapshot() => SQLitePCL.Batteries_V2.Init();

    public static MemorySnapshot Take()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var generations = new long[info.GenerationInfo.Length];
        for (var g = 0; g < generations.Length; g++)
            generations[g] = info.GenerationInfo[g].SizeAfterBytes;
        return new MemorySnapshot(
            Environment.WorkingSet, GC.GetTotalMemory(false), info.TotalCommittedBytes, generations,
            SQLitePCL.raw.sqlite3_memory_used(), SQLitePCL.raw.sqlite3_memory_highwater(0));
    }

    public override string ToString() =>
        $"working set {Mb(WorkingSetBytes):0} MB, heap {Mb(HeapBytes):0} MB; at the last GC committed {Mb(CommittedBytes):0} MB, " +
        $"gen0/1/2/LOH/POH {string.Join('/', GenerationBytes.Select(b => Mb(b).ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} MB; " +
        $"SQLite {Mb(SqliteBytes):0} MB (peak {Mb(SqlitePeakBytes):0} MB)";

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
