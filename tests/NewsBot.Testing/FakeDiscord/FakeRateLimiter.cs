using System.Globalization;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// Discord's REST limits as the fake enforces them: fixed windows per bucket + major parameter that open on the first
/// request, a sliding one-second global limit per token, the five X-RateLimit headers on every reply, and 429s with
/// retry_after when a client overshoots.
/// </summary>
internal sealed class FakeRateLimiter(FakeDiscordOptions options, TimeProvider time)
{
    private static readonly FakeBucketLimit DefaultLimit = new(1000, TimeSpan.FromSeconds(1));
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _global = new(StringComparer.Ordinal);

    /// <summary>Null when admitted (headers are added to <paramref name="headers"/>), else the 429 reply.</summary>
    public FakeReply? Admit(string bucket, string major, string? globalKey, Dictionary<string, string> headers)
    {
        if (!options.RateLimitsEnabled)
            return null;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (globalKey is not null && GlobalExceeded(globalKey, now) is { } globalReply)
                return globalReply;
            var limit = options.Buckets.TryGetValue(bucket, out var configured) ? configured : DefaultLimit;
            var key = $"{bucket}|{major}";
            if (!_windows.TryGetValue(key, out var window) || now >= window.ResetAt)
                _windows[key] = window = new Window(now + limit.Period);
            var limited = window.Count >= limit.Limit;
            if (!limited)
                window.Count++;
            var resetAfter = Seconds(window.ResetAt - now);
            headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = (limit.Limit - window.Count).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = Seconds(window.ResetAt - DateTimeOffset.UnixEpoch).ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Bucket"] = "fakehash-" + bucket;
            return limited ? TooMany(resetAfter, global: false, headers) : null;
        }
    }

    private FakeReply? GlobalExceeded(string key, DateTimeOffset now)
    {
        if (!_global.TryGetValue(key, out var sent))
            _global[key] = sent = new Queue<DateTimeOffset>();
        while (sent.Count > 0 && sent.Peek() + TimeSpan.FromSeconds(1) <= now)
            sent.Dequeue();
        if (sent.Count < options.GlobalLimitPerSecond)
        {
            sent.Enqueue(now);
            return null;
        }
        var headers = new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" };
        return TooMany(Seconds(sent.Peek() + TimeSpan.FromSeconds(1) - now), global: true, headers);
    }

    public static FakeReply TooMany(double retryAfter, bool global, Dictionary<string, string> headers)
    {
        headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global)
            headers["X-RateLimit-Global"] = "true";
        var body = $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString("0.000", CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""";
        return new FakeReply(429, body, headers);
    }

    // Rounded up to the millisecond, so a client that waits exactly this long is never early.
    private static double Seconds(TimeSpan span) => Math.Ceiling(Math.Max(0, span.TotalMilliseconds)) / 1000;

    private sealed class Window(DateTimeOffset resetAt)
    {
        public DateTimeOffset ResetAt { get; } = resetAt;
        public int Count { get; set; }
    }
}
