using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimiting;

namespace NewsBot.Discord.Tests.Rest.RateLimiting;

public sealed class RestRateLimiterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private static readonly DiscordRoute ChannelA = new(HttpMethod.Post, "/channels/{channel_id}/messages", "/channels/1/messages", "1");
    private static readonly DiscordRoute ChannelB = ChannelA with { Path = "/channels/2/messages", MajorParameter = "2" };

    [Fact]
    public async Task Acquire_RemainingZero_WaitsForResetAfterBeforeSending()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        var probe = await limiter.AcquireAsync(ChannelA, Token);
        limiter.Complete(ChannelA, probe, new RateLimitHeaders(1, 0, 1000, TimeSpan.FromSeconds(2), "h"), success: true);

        var next = limiter.AcquireAsync(ChannelA, Token);
        time.Advance(TimeSpan.FromSeconds(1.9));
        var earlyDone = next.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.1));
        await next;

        Assert.False(earlyDone);
    }

    [Fact]
    public async Task Acquire_FirstRequestOfABucketInFlight_SecondWaitsForItsHeaders()
    {
        var limiter = new RestRateLimiter(new FakeTimeProvider());
        var probe = await limiter.AcquireAsync(ChannelA, Token);

        var second = limiter.AcquireAsync(ChannelA, Token);
        var waitedForProbe = !second.IsCompleted;
        limiter.Complete(ChannelA, probe, new RateLimitHeaders(5, 4, 1000, TimeSpan.FromSeconds(2), "h"), success: true);
        await second;

        Assert.True(waitedForProbe);
    }

    [Fact]
    public async Task Acquire_AfterGlobal429_EveryBucketWaitsForRetryAfter()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        var lease = await limiter.AcquireAsync(ChannelA, Token);
        limiter.Complete(ChannelA, lease, null, success: false);
        limiter.Global.PauseFor(TimeSpan.FromSeconds(3));

        var other = limiter.AcquireAsync(ChannelB, Token);
        time.Advance(TimeSpan.FromSeconds(2.9));
        var early = other.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.1));
        await other;

        Assert.False(early);
    }

    [Fact]
    public async Task Acquire_StaleHeadersFromAnOlderWindow_DoNotReopenTheBucket()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        var probe = await limiter.AcquireAsync(ChannelA, Token);
        limiter.Complete(ChannelA, probe, new RateLimitHeaders(2, 1, 1000, TimeSpan.FromSeconds(2), "h"), success: true);
        var second = await limiter.AcquireAsync(ChannelA, Token);
        limiter.Complete(ChannelA, second, new RateLimitHeaders(2, 0, 1000, TimeSpan.FromSeconds(2), "h"), success: true);
        var bucket = limiter.BucketFor(ChannelA);
        bucket.Complete(new BucketLease(bucket, IsProbe: false), new RateLimitHeaders(2, 1, 999, TimeSpan.FromSeconds(1), "h"), success: true);

        var blocked = limiter.AcquireAsync(ChannelA, Token);

        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));
        await blocked;
    }

    [Fact]
    public async Task Acquire_ManyOneOffInteractionBuckets_IdleOnesArePruned()
    {
        var limiter = new RestRateLimiter(new FakeTimeProvider());
        for (var i = 0; i < RestRateLimiter.PruneAbove + 500; i++)
        {
            var route = new DiscordRoute(HttpMethod.Post, "/interactions/{id}/{token}/callback", $"/interactions/{i}/t/callback", $"{i}") { GlobalExempt = true };
            var lease = await limiter.AcquireAsync(route, Token);
            limiter.Complete(route, lease, new RateLimitHeaders(5, 4, 1000, TimeSpan.FromSeconds(1), "cb"), success: true);
        }

        Assert.True(limiter.BucketCount <= RestRateLimiter.PruneAbove + 1);
    }
}
