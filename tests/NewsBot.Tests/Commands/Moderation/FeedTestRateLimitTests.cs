using Microsoft.Extensions.Time.Testing;
using NewsBot.Commands.Moderation;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedTestRateLimitTests
{
    [Fact]
    public void TryAcquire_SixthCallWithinAMinute_RefusedUntilTheFirstExpires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        var limit = new FeedTestRateLimit(clock);
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(limit.TryAcquire("600"));
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var retryAt = limit.TryAcquire("600");
        var otherUser = limit.TryAcquire("601");
        clock.Advance(TimeSpan.FromSeconds(35));

        Assert.Equal(new DateTimeOffset(2026, 11, 29, 9, 1, 0, TimeSpan.Zero), retryAt);
        Assert.Null(otherUser);
        Assert.Null(limit.TryAcquire("600"));
        Assert.NotNull(limit.TryAcquire("600"));
    }
}
