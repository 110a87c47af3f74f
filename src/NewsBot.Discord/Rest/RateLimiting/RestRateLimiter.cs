using System.Collections.Concurrent;

namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>
/// Finds the bucket for a route: first keyed by method + route template + major parameter, then, once Discord names the
/// bucket in X-RateLimit-Bucket, by that name + major parameter so routes that share a bucket share one limiter.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, int globalLimit = GlobalRateLimit.RequestsPerSecond)
{
    private readonly ConcurrentDictionary<string, string> _bucketNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>The DI container uses Discord's 50/s; the benchmark lifts it to measure the limiter's own cost.</summary>
    public RestRateLimiter(TimeProvider time) : this(time, GlobalRateLimit.RequestsPerSecond) { }

    public GlobalRateLimit Global { get; } = new(time, globalLimit);

    /// <summary>Interaction and webhook-token routes make a bucket per interaction; idle ones are dropped past this many.</summary>
    internal const int PruneAbove = 2000;

    public int BucketCount => _buckets.Count;

    public async Task<BucketLease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (_buckets.Count > PruneAbove)
            Prune();
        var bucket = _buckets.GetOrAdd(BucketKey(route), _ => new RateLimitBucket(time));
        var lease = await bucket.AcquireAsync(cancellationToken);
        if (route.GlobalExempt)
            return lease;
        try
        {
            await Global.AcquireAsync(cancellationToken);
            return lease;
        }
        catch
        {
            bucket.Complete(lease, null, success: false);
            throw;
        }
    }

    public void Complete(DiscordRoute route, BucketLease lease, RateLimitHeaders? headers, bool success)
    {
        if (!route.GlobalExempt)
            Global.Complete();
        lease.Bucket.Complete(lease, headers, success);
        if (headers?.Bucket is not { Length: > 0 } name || !_bucketNames.TryAdd(route.RouteKey, name))
            return;
        var shared = _buckets.GetOrAdd($"{name}|{route.MajorParameter}", lease.Bucket);
        if (!ReferenceEquals(shared, lease.Bucket))
            shared.AbsorbSharedProbe(headers);
    }

    public RateLimitBucket BucketFor(DiscordRoute route) => _buckets.GetOrAdd(BucketKey(route), _ => new RateLimitBucket(time));

    private void Prune()
    {
        // Forgetting an idle bucket only costs a probe request the next time its route is used.
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(now))
                _buckets.TryRemove(key, out _);
        }
    }

    private string BucketKey(DiscordRoute route) =>
        _bucketNames.TryGetValue(route.RouteKey, out var name) ? $"{name}|{route.MajorParameter}" : $"{route.RouteKey}|{route.MajorParameter}";
}
