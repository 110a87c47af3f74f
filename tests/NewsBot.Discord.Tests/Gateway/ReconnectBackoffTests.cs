using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public async Task Run_GatewayUnreachable_WaitsLongerBeforeEachAttempt()
    {
        var time = new FakeTimeProvider();
        await using var harness = await DiscordHarness.StartAsync(time: time,
            settings: new Dictionary<string, string?> { ["Discord:GatewayUrl"] = "ws://127.0.0.1:1/gateway" },
            configure: services => services.Configure<DiscordOptions>(o => (o.ReconnectBaseDelay, o.ReconnectMaxDelay) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60))));
        using var stop = new CancellationTokenSource();
        var run = harness.Services.GetRequiredService<DiscordGatewayClient>().RunAsync(stop.Token);
        int Attempts() => harness.Logs.Lines.Count(l => l.Text.Contains("Gateway connection failed", StringComparison.Ordinal));

        await WaitAsync(() => Attempts() == 1);
        var secondAfter = await FakeClock.AdvanceUntilAsync(time, () => Attempts() == 2);
        var thirdAfter = await FakeClock.AdvanceUntilAsync(time, () => Attempts() == 3);
        await stop.CancelAsync();
        await run.ContinueWith(_ => { }, TaskScheduler.Default);

        // Lower bounds only: a loaded machine may start the client's wait late, which can only make the measured gap longer.
        Assert.True(secondAfter >= TimeSpan.FromSeconds(0.5), $"second attempt after {secondAfter}");
        Assert.True(thirdAfter >= TimeSpan.FromSeconds(1), $"third attempt after {thirdAfter}");
    }

    [Fact]
    public async Task Run_GatewayFlapsRightAfterEachResume_BackoffKeepsGrowing()
    {
        var time = new FakeTimeProvider();
        var options = new FakeDiscordOptions { IdentifyInterval = TimeSpan.Zero, HeartbeatTimeoutIntervals = 10_000 };
        await using var harness = await DiscordHarness.StartAsync(options, time: time,
            configure: services => services.Configure<DiscordOptions>(o => (o.ReconnectBaseDelay, o.ReconnectMaxDelay) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60))));
        harness.Fake.Gateway.FlapAfterEstablishing = true;
        using var stop = new CancellationTokenSource();
        var run = harness.Services.GetRequiredService<DiscordGatewayClient>().RunAsync(stop.Token);
        int Connects() => harness.Fake.Gateway.Events.Count(e => e.StartsWith("connect:", StringComparison.Ordinal));

        await WaitAsync(() => harness.Fake.Gateway.Events.Contains("close:4000"));
        var gaps = new List<TimeSpan>();
        for (var connects = 2; connects <= 4; connects++)
            gaps.Add(await FakeClock.AdvanceUntilAsync(time, () => Connects() >= connects));
        await stop.CancelAsync();
        await run.ContinueWith(_ => { }, TaskScheduler.Default);

        // Base 1 s, doubling, jitter between half and all: at least 0.5 s, 1 s, 2 s, never reset by the short-lived sessions.
        Assert.True(gaps[0] >= TimeSpan.FromSeconds(0.5), $"gaps {string.Join(", ", gaps)}");
        Assert.True(gaps[1] >= TimeSpan.FromSeconds(1), $"gaps {string.Join(", ", gaps)}");
        Assert.True(gaps[2] >= TimeSpan.FromSeconds(2), $"gaps {string.Join(", ", gaps)}");
        Assert.Contains("resumed", harness.Fake.Gateway.Events);
    }

    private static Task WaitAsync(Func<bool> condition) => FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
}
