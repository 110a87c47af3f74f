using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayReadinessTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    [Fact]
    public void WaitingFor_BeforeTheFirstReady_Connecting()
    {
        var readiness = new GatewayReadiness(new FakeTimeProvider(), Grace);

        Assert.Equal("connecting", readiness.WaitingFor());
    }

    [Fact]
    public void WaitingFor_LostThenBackWithinTheGrace_ReadyThroughout()
    {
        var time = new FakeTimeProvider();
        var readiness = new GatewayReadiness(time, Grace);
        readiness.Established();
        time.Advance(TimeSpan.FromMinutes(5));

        readiness.Lost("connection closed, reconnecting");
        time.Advance(TimeSpan.FromSeconds(9));
        var during = readiness.WaitingFor();
        readiness.Established();

        Assert.Null(during);
        Assert.Null(readiness.WaitingFor());
    }

    [Fact]
    public void WaitingFor_LostLongerThanTheGrace_NamesWhyAndHowLongUntilEstablishedAgain()
    {
        var time = new FakeTimeProvider();
        var readiness = new GatewayReadiness(time, Grace);
        readiness.Established();

        readiness.Lost("connection closed, reconnecting");
        time.Advance(TimeSpan.FromSeconds(12));
        readiness.Lost("connection failed, retrying");
        var down = readiness.WaitingFor();
        readiness.Established();

        Assert.Equal("connection failed, retrying, down for 12 s", down);
        Assert.Null(readiness.WaitingFor());
    }

    [Fact]
    public void WaitingFor_SessionsShorterThanTheGraceKeepDropping_OutageCountedFromTheFirstLoss()
    {
        var time = new FakeTimeProvider();
        var readiness = new GatewayReadiness(time, Grace);
        readiness.Established();
        readiness.Lost("connection closed, reconnecting");

        for (var flap = 0; flap < 3; flap++)
        {
            time.Advance(TimeSpan.FromSeconds(3));
            readiness.Established();
            time.Advance(TimeSpan.FromSeconds(1));
            readiness.Lost("connection closed, reconnecting");
        }

        Assert.Equal("connection closed, reconnecting, down for 12 s", readiness.WaitingFor());
    }

    [Fact]
    public void WaitingFor_NoGrace_NotReadyAsSoonAsLost()
    {
        var readiness = new GatewayReadiness(new FakeTimeProvider(), TimeSpan.Zero);
        readiness.Established();

        readiness.Lost("connection closed, reconnecting");

        Assert.Equal("connection closed, reconnecting, down for 0 s", readiness.WaitingFor());
    }
}
