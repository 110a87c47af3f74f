using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The runtime's allocation ticks (one event per ~100 KB allocated, naming the type that crossed the mark), summed by
/// heap and type: which types the soak's memory churn is made of. Only with <c>--allocations 1</c>: the listener costs time.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<(string Heap, string Type), long> _bytes = new();

    public IEnumerable<string> Top(int count) => _bytes
        .GroupBy(p => p.Key.Heap)
        .SelectMany(heap => heap.OrderByDescending(p => p.Value).Take(count))
        .Select(p => $"{p.Key.Heap,-5} {p.Value / 1e6,9:F1} MB  {p.Key.Type}");

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            return;
        var fields = eventData.PayloadNames!;
        object? Field(string field) => fields.IndexOf(field) is var at and >= 0 ? eventData.Payload[at] : null;
        var heap = Convert.ToInt32(Field("AllocationKind") ?? 0, System.Globalization.CultureInfo.InvariantCulture) switch
        {
            0 => "small",
            1 => "large",
            _ => "pinned",
        };
        var amount = Convert.ToInt64(Field("AllocationAmount64") ?? Field("AllocationAmount") ?? 0, System.Globalization.CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate((heap, Field("TypeName") as string ?? "?"), amount, (_, sum) => sum + amount);
    }
}
