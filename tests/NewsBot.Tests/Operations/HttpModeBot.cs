using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Cli;

namespace NewsBot.Tests.Operations;

/// <summary><c>run</c> in-process in http interactions mode on a free port, once its commands are registered.</summary>
internal sealed class HttpModeBot : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<CliRun> _running;

    private HttpModeBot(string urls, CancellationTokenSource stop, Task<CliRun> running) => (Urls, _stop, _running) = (urls, stop, running);

    public string Urls { get; }
    public Uri Endpoint => new(Urls + "/interactions");
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static async Task<HttpModeBot> StartAsync(FakeDiscordServer fake, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var urls = $"http://127.0.0.1:{FreeLoopbackPort.Next()}";
        var settings = new Dictionary<string, string?>(fake.HttpModeSettings) { ["Http:Urls"] = urls };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var bot = new HttpModeBot(urls, stop, CliRun.ExecuteAsync(["run"], settings, cancellationToken: stop.Token));
        await FakeDiscordServer.WaitUntilAsync(() => fake.State.Commands.ContainsKey("global") || bot._running.IsCompleted, TestContext.Current.CancellationToken);
        // The web host starts before the commands are registered; answered once /healthz says so.
        await HealthEndpointsTests.FirstAnswerAsync(bot.Http, urls + "/healthz");
        return bot;
    }

    public async Task<CliRun> StopAsync()
    {
        await _stop.CancelAsync();
        return await _running;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
        Http.Dispose();
    }
}
