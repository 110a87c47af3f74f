using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Operations;

/// <summary>
/// The debug switch for memory (issue 15): with <c>Logging:LogLevel:NewsBot.Operations.MemoryReport=Debug</c> (or
/// <c>--verbose</c>), <c>run</c> logs every 15 s what its memory is made of, in the three figures an operator may mean by
/// "memory": the working set (everything resident, files shared with other processes included), the private memory
/// (what this process alone holds: heaps, compiled code, written pages of files) and the managed heap, with the JIT's
/// work so far. Off, it starts no timer.
/// </summary>
internal sealed partial class MemoryReport(TimeProvider time, ILogger<MemoryReport> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private const double Mebibyte = 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
            return;
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                Log();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Log()
    {
        var gc = GC.GetGCMemoryInfo();
        LogMemory(
            Megabytes(Environment.WorkingSet),
            PrivateBytes() is { } bytes ? Megabytes(bytes) : "n/a",
            Megabytes(gc.HeapSizeBytes),
            Megabytes(gc.TotalCommittedBytes),
            Megabytes(gc.FragmentedBytes),
            System.Runtime.JitInfo.GetCompiledMethodCount(),
            Megabytes(System.Runtime.JitInfo.GetCompiledILBytes()));
    }

    private static string Megabytes(long bytes) => (bytes / Mebibyte).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>Private_Clean + Private_Dirty of /proc/self/smaps_rollup (Linux); null elsewhere.</summary>
    private static long? PrivateBytes()
    {
        const string rollup = "/proc/self/smaps_rollup";
        if (!File.Exists(rollup))
            return null;
        long kilobytes = 0;
        foreach (var line in File.ReadLines(rollup))
        {
            if (line.StartsWith("Private_Clean:", StringComparison.Ordinal) || line.StartsWith("Private_Dirty:", StringComparison.Ordinal))
                kilobytes += long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
        }
        return kilobytes * 1024;
    }

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Memory: working set {WorkingSet} MiB, private {Private} MiB, managed heap {Heap} MiB ({Committed} MiB committed, {Fragmented} MiB fragmented); {JitMethods} methods JIT-compiled ({JitIl} MiB of IL)")]
    private partial void LogMemory(string workingSet, string @private, string heap, string committed, string fragmented, long jitMethods, string jitIl);
}
