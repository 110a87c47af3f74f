using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Gateway;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>A gateway client running against the fake Discord in the background, with a recording dispatch handler.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(DiscordHarness discord, RecordingDispatchHandler handler)
    {
        (Discord, Handler) = (discord, handler);
        Run = discord.Services.GetRequiredService<DiscordGatewayClient>().RunAsync(_stop.Token);
    }

    public DiscordHarness Discord { get; }
    public FakeGateway Gateway => Discord.Fake.Gateway;
    public RecordingDispatchHandler Handler { get; }
    public Task Run { get; }

    /// <param name="arrange">Sets the fake up before the client connects: a hook set after the start races the first identify.</param>
    public static async Task<GatewayHarness> StartAsync(FakeDiscordOptions? options = null, string? token = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<FakeGateway>? arrange = null)
    {
        var handler = new RecordingDispatchHandler();
        // Beats short enough to keep tests quick, but a beat or ACK delayed by a loaded CI machine must not look like a
        // dead connection: the fake waits 10 intervals, so only the tests that stop ACKs on purpose see a reconnect.
        var discord = await DiscordHarness.StartAsync(options ?? new FakeDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(600), HeartbeatTimeoutIntervals = 10, IdentifyInterval = TimeSpan.Zero },
            token: token, configure: services => services.AddSingleton<IGatewayDispatchHandler>(handler), settings: settings);
        arrange?.Invoke(discord.Fake.Gateway);
        return new GatewayHarness(discord, handler);
    }

    /// <summary>
    /// Waits until the client itself has READY (session id and resume URL), not merely until the fake sent it: a test
    /// that drops the connection earlier would rightly see a fresh identify instead of a resume.
    /// </summary>
    public Task WaitUntilReadyAsync() => WaitUntilAsync(() => Handler.Events.Any(e => e.Name == "READY"));

    /// <summary>Waits for the condition; on a timeout the failure shows what the gateway saw and what the client logged.</summary>
    public async Task WaitUntilAsync(Func<bool> condition)
    {
        try
        {
            await FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nGateway events: {string.Join(", ", Gateway.Events)}\nClient log:\n{Discord.Logs.All}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Run.ContinueWith(_ => { }, TaskScheduler.Default);
        await Discord.DisposeAsync();
        _stop.Dispose();
    }
}
