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
        var secondAfter = await AdvanceUntilAsync(time, () => Attempts() == 2);
        var thirdAfter = await AdvanceUntilAsync(time, () => Attempts() == 3);
        await stop.CancelAsync();
        await run.ContinueWith(_ => { }, TaskScheduler.Default);

        // Lower bounds only: a loaded machine may start the client's wait late, which can only make the measured gap longer.
        Assert.True(secondAfter >= TimeSpan.FromSeconds(0.5), $"second attempt after {secondAfter}");
        Assert.True(thirdAfter >= TimeSpan.FromSeconds(1), $"third attempt after {thirdAfter}");
    }

    /// <summary>Moves the fake clock in 10 ms steps until the condition holds; returns how much fake time that took.</summary>
    private static async Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider time, Func<bool> condition)
    {
        var start = time.GetUtcNow();
        while (!condition())
        {
            if (time.GetUtcNow() - start > TimeSpan.FromMinutes(2))
                throw new TimeoutException("The client never tried again.");
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }
        return time.GetUtcNow() - start;
    }

    private static Task WaitAsync(Func<bool> condition) => FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
}
