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
        time.Advance(TimeSpan.FromSeconds(0.49));
        await Task.Yield();
        var secondTooEarly = Attempts() > 1;
        time.Advance(TimeSpan.FromSeconds(0.51));
        await WaitAsync(() => Attempts() == 2);
        time.Advance(TimeSpan.FromSeconds(0.99));
        await Task.Yield();
        var thirdTooEarly = Attempts() > 2;
        time.Advance(TimeSpan.FromSeconds(1.01));
        await WaitAsync(() => Attempts() == 3);
        await stop.CancelAsync();
        await run.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.False(secondTooEarly);
        Assert.False(thirdTooEarly);
    }

    private static Task WaitAsync(Func<bool> condition) => FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
}
