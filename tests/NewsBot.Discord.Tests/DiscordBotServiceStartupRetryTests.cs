using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests;

/// <summary>Issue 15: Discord unreachable or failing at start-up is retried with back-off; only a rejected token is fatal.</summary>
public sealed class DiscordBotServiceStartupRetryTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_FirstRestCallAnswers503Twice_RetriesWithGrowingWaitsThenRegisters()
    {
        var time = new FakeTimeProvider();
        await using var harness = await StartAsync(time);
        harness.Fake.Inject("/applications/@me", FakeFailure.ServerError(503), FakeFailure.ServerError(503));
        var bot = harness.Services.GetRequiredService<DiscordBotService>();

        await bot.StartAsync(Cancellation);
        await FakeDiscordServer.WaitUntilAsync(() => Warnings(harness).Count == 1, Cancellation);
        var secondAfter = await FakeClock.AdvanceUntilAsync(time, () => Warnings(harness).Count == 2);
        var registeredAfter = await FakeClock.AdvanceUntilAsync(time, () => harness.Fake.State.Commands.ContainsKey("global"));
        await bot.StopAsync(Cancellation);

        // Base 1 s doubling, jitter between half and all: at least 0.5 s, then 1 s.
        Assert.True(secondAfter >= TimeSpan.FromSeconds(0.5), $"second attempt after {secondAfter}");
        Assert.True(registeredAfter >= TimeSpan.FromSeconds(1), $"third attempt after {registeredAfter}");
        Assert.All(Warnings(harness), w => Assert.Contains("HTTP 503", w, StringComparison.Ordinal));
        Assert.Contains("attempt 2", Warnings(harness)[1], StringComparison.Ordinal);
        Assert.False(bot.Completion.IsFaulted);
    }

    [Fact]
    public async Task Start_TokenRejected_FatalAtOnceWithoutRetrying()
    {
        await using var harness = await StartAsync(new FakeTimeProvider(), token: "wrong-token");
        var bot = harness.Services.GetRequiredService<DiscordBotService>();

        await bot.StartAsync(Cancellation);
        var failure = await Assert.ThrowsAsync<DiscordFatalException>(() => bot.Completion.WaitAsync(TimeSpan.FromSeconds(30), Cancellation));
        await bot.StopAsync(Cancellation);

        Assert.True(failure.AuthenticationFailed);
        Assert.Empty(Warnings(harness));
        Assert.Single(harness.Fake.Requests, r => r.Path.EndsWith("/applications/@me", StringComparison.Ordinal));
    }

    private static Task<DiscordHarness> StartAsync(FakeTimeProvider time, string? token = null) =>
        DiscordHarness.StartAsync(time: time, token: token, configure: services => services.Configure<DiscordOptions>(o =>
        {
            // The REST client's own retries of a 503 are covered elsewhere; here each start-up attempt is one request.
            o.MaxRetries = 0;
            (o.ReconnectBaseDelay, o.ReconnectMaxDelay) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        }));

    private static List<string> Warnings(DiscordHarness harness) =>
        [.. harness.Logs.At(LogLevel.Warning).Where(l => l.Contains("not reachable at start-up", StringComparison.Ordinal))];
}
