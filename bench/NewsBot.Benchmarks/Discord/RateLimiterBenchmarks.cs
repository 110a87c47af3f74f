using BenchmarkDotNet.Attributes;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimiting;

namespace NewsBot.Benchmarks.Discord;

/// <summary>The limiter alone: one acquire + complete on a known bucket with room, i.e. its cost when it never waits.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class RateLimiterBenchmarks
{
    private static readonly DiscordRoute Route = new(HttpMethod.Post, "/channels/{channel_id}/messages", "/channels/100/messages", "100");
    private static readonly RateLimitHeaders Roomy = new(1_000_000_000, 999_999_999, 4_000_000_000, TimeSpan.FromSeconds(1), "hash");
    private RestRateLimiter _limiter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _limiter = new RestRateLimiter(TimeProvider.System, int.MaxValue);
        var probe = _limiter.AcquireAsync(Route, CancellationToken.None).GetAwaiter().GetResult();
        _limiter.Complete(Route, probe, Roomy, success: true);
    }

    [Benchmark]
    public async Task AcquireAndComplete()
    {
        var lease = await _limiter.AcquireAsync(Route, CancellationToken.None);
        _limiter.Complete(Route, lease, Roomy, success: true);
    }
}
