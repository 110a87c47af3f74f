using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Commands;

namespace NewsBot.Tests.Commands;

public sealed class UserRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryAcquire_SixthWithinAMinute_RefusedUntilTheFirstLeavesTheWindow()
    {
        var clock = new FakeTimeProvider(Start);
        var limiter = new UserRateLimiter(Options.Create(new CommandOptions()), clock);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(limiter.TryAcquire("600", out _));
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.False(limiter.TryAcquire("600", out var retryAt));
        Assert.Equal(Start.AddMinutes(1), retryAt);
        Assert.True(limiter.TryAcquire("601", out _));
        clock.Advance(retryAt - clock.GetUtcNow());
        Assert.True(limiter.TryAcquire("600", out _));
        Assert.False(limiter.TryAcquire("600", out retryAt));
        Assert.Equal(Start.AddSeconds(70), retryAt);
    }
}
