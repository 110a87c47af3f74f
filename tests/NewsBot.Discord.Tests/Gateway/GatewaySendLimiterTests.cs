using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Wait_115OrdinarySendsInAMinute_TheNextWaitsButHeartbeatsStillGo()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 115; i++)
            await limiter.WaitAsync(heartbeat: false, Token);

        var ordinary = limiter.WaitAsync(heartbeat: false, Token);
        var heartbeat = limiter.WaitAsync(heartbeat: true, Token);
        var heartbeatWent = heartbeat.IsCompleted;
        var ordinaryWaited = !ordinary.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(60));
        await ordinary;

        Assert.True(heartbeatWent);
        Assert.True(ordinaryWaited);
    }

    [Fact]
    public async Task Wait_120SendsInAMinute_EvenHeartbeatsWait()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 120; i++)
            await limiter.WaitAsync(heartbeat: true, Token);

        var next = limiter.WaitAsync(heartbeat: true, Token);

        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(60));
        await next;
    }
}
