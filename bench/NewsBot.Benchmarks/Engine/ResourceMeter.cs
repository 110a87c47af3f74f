using System.Diagnostics;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// Wall time, CPU time (all threads of the process), GC activity and the largest managed heap seen by a 100 ms sampler
/// over one measured phase.
/// </summary>
internal sealed class ResourceMeter : IAsyncDisposable
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = ProcessorTime();
    private readonly TimeSpan _pauseAtStart = GC.GetTotalPauseDuration();
    private readonly int _gen2AtStart = GC.CollectionCount(2);
    private readonly int _gen0AtStart = GC.CollectionCount(0);
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakHeap = GC.GetTotalMemory(false);
    private MemorySnapshot _atPeak = MemorySnapshot.Take();

    public ResourceMeter() => _sampler = SampleAsync(_stop.Token);

    public async Task<PhaseFigures> StopAsync()
    {
        _wall.Stop();
        var cpu = ProcessorTime() - _cpuAtStart;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart;
        await _stop.CancelAsync();
        await _sampler;
        Sample();
        using var process = Process.GetCurrentProcess();
        return new PhaseFigures(
            _wall.Elapsed, cpu, Interlocked.Read(ref _peakHeap), process.PeakWorkingSet64,
            GC.CollectionCount(0) - _gen0AtStart, GC.CollectionCount(2) - _gen2AtStart, GC.GetTotalPauseDuration() - _pauseAtStart)
        {
            AtPeakWorkingSet = Volatile.Read(ref _atPeak),
            AllocatedBytes = allocated,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
            await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                Sample();
        }
        catch (OperationCanceledException)
        {
            // Stopped: the phase is over.
        }
    }

    private void Sample()
    {
        // One sampler task at a time (and StopAsync's last sample after it ended): no race on the snapshot.
        if (Environment.WorkingSet > Volatile.Read(ref _atPeak).WorkingSetBytes)
            Volatile.Write(ref _atPeak, MemorySnapshot.Take());
        var heap = GC.GetTotalMemory(false);
        long seen;
        while (heap > (seen = Interlocked.Read(ref _peakHeap)) && Interlocked.CompareExchange(ref _peakHeap, heap, seen) != seen)
        {
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
