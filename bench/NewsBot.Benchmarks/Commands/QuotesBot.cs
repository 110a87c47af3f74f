using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Benchmarks.Engine;
using NewsBot.Core.Storage;
using NewsBot.Discord.Interactions;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.Commands;

/// <summary>
/// The whole bot host, gateway included, against the fake Discord (its rate limits off, so only the bot's own work and
/// its own client-side limiting are measured) with a fresh SQLite store in a temp folder.
/// </summary>
internal sealed class QuotesBot : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "newsbot-quotes-latency-" + Guid.NewGuid().ToString("N"));
    private IHost? _host;
    private int _nextUser = 100_000;

    private QuotesBot(FakeDiscordServer discord, WarningCounter warnings) => (Discord, Warnings) = (discord, warnings);

    public FakeDiscordServer Discord { get; }
    public WarningCounter Warnings { get; }
    private IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    public static async Task<QuotesBot> StartAsync(CancellationToken cancellationToken)
    {
        var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { RateLimitsEnabled = false }, cancellationToken: cancellationToken);
        var bot = new QuotesBot(discord, new WarningCounter());
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(discord.Settings)
        {
            ["Storage:DataDirectory"] = bot._dataDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(bot.Warnings);
        builder.Services.AddNewsBot();
        bot._host = builder.Build();
        await bot._host.StartAsync(cancellationToken);
        await FakeDiscordServer.WaitUntilAsync(
            () => discord.Gateway.Count("ready") == 1 && discord.State.Commands.ContainsKey("global"), cancellationToken, TimeSpan.FromSeconds(60));
        return bot;
    }

    public async Task StoreAsync(int count, CancellationToken cancellationToken)
    {
        var store = Services.GetRequiredService<IArticleStore>();
        for (var n = 0; n < count; n++)
        {
            if (!await store.TryAddAsync(InventedStories.Create(n), cancellationToken))
                throw new InvalidOperationException($"The store refused {InventedStories.Url(n)}.");
        }
    }

    /// <summary>
    /// Dispatches one <c>/quotes</c> per URL as fast as the gateway socket takes them, each from a member of its own
    /// (the bot allows a member a few /quotes a minute). Every handler is running once its interaction is acknowledged,
    /// so waiting for the acknowledgements and then draining the router waits for every final answer.
    /// </summary>
    public async Task<IReadOnlyList<FakeInteraction>> BurstAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var sends = urls.Select(url => Discord.Gateway.SendInteractionAsync(
            "quotes",
            [new JsonObject { ["name"] = "url", ["type"] = 3, ["value"] = url }],
            userId: Interlocked.Increment(ref _nextUser).ToString(CultureInfo.InvariantCulture)));
        var interactions = await Task.WhenAll(sends);
        try
        {
            await FakeDiscordServer.WaitUntilAsync(() => interactions.All(i => i.CallbackType is not null), cancellationToken, TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // Some were never acknowledged; the timings report them as missing rather than failing the run.
        }
        await Services.GetRequiredService<InteractionRouter>().DrainAsync();
        return interactions;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _host.StopAsync(grace.Token);
            _host.Dispose();
        }
        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_dataDirectory))
                Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"quotes-latency: could not delete {_dataDirectory}: {e.Message}");
        }
    }
}
