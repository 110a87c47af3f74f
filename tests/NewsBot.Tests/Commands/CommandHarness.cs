using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord.Interactions;
using NewsBot.Engine.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands;

/// <summary>
/// The whole bot host, gateway included, against a fake Discord and invented outlets on a loopback server; members'
/// commands go in as INTERACTION_CREATE and come back as what the fake Discord received. Runs in real time, as the
/// gateway's heartbeats need it, on a <see cref="SteadyTimeProvider"/> shared by the bot and the fake: a step of the
/// machine's wall clock between storing an article and asking for the last day's digest once lost the article (CI, a
/// virtual machine paused for a snapshot).
/// </summary>
internal sealed class CommandHarness : IAsyncDisposable
{
    public const string Guild = "500";
    public const string Channel = "100";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "newsbot-commands-" + Guid.NewGuid().ToString("N"));
    private IHost? _host;

    private CommandHarness(FakeDiscordServer discord, LoopbackHttpServer site, TimeProvider clock) => (Discord, Site, Clock) = (discord, site, clock);

    public FakeDiscordServer Discord { get; }
    public LoopbackHttpServer Site { get; }

    /// <summary>The bot's and the fake Discord's clock.</summary>
    public TimeProvider Clock { get; }
    /// <summary>Everything the bot logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    /// <param name="settings">Extra settings over the defaults (private addresses allowed, no fetch retries).</param>
    /// <param name="replace">Service replacements, e.g. a host resolver for invented names.</param>
    /// <param name="machine">The machine's clocks, when a test sets its wall clock; the system's otherwise.</param>
    public static async Task<CommandHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null, TimeProvider? machine = null)
    {
        var token = TestContext.Current.CancellationToken;
        var clock = new SteadyTimeProvider(machine);
        var discord = await FakeDiscordServer.StartAsync(FakeDiscordOptions.LoadTolerant with { RateLimitsEnabled = false }, clock, token);
        var harness = new CommandHarness(discord, await LoopbackHttpServer.StartAsync(token), clock);
        await harness.StartBotAsync(settings ?? new Dictionary<string, string?>(), replace);
        return harness;
    }

    /// <summary>Sends a slash command (or, with type 4, an autocomplete) and waits until the bot has finished with it.</summary>
    public async Task<FakeInteraction> SendAsync(string command, JsonArray? options = null, int type = 2)
    {
        var interaction = await Discord.Gateway.SendInteractionAsync(command, options, type: type);
        await WaitUntilAsync(() => interaction.CallbackType is not null);
        await Services.GetRequiredService<InteractionRouter>().DrainAsync();
        return interaction;
    }

    /// <summary>Sends a command used in a DM, through a member's own installation, in another language or on a message.</summary>
    public async Task<FakeInteraction> SendAsync(FakeInvocation invocation)
    {
        var interaction = await Discord.Gateway.SendInteractionAsync(invocation);
        await WaitUntilAsync(() => interaction.CallbackType is not null);
        await Services.GetRequiredService<InteractionRouter>().DrainAsync();
        return interaction;
    }

    /// <summary>Waits for the condition; on a timeout the failure shows what the gateway saw and what the bot logged.</summary>
    public async Task WaitUntilAsync(Func<bool> condition)
    {
        try
        {
            await FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nGateway events: {string.Join(", ", Discord.Gateway.Events)}\nBot log:\n{Logs.All}", e);
        }
    }

    public static JsonArray Options(params (string Name, object Value)[] options) =>
        [.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = TypeOf(o.Value), ["value"] = JsonValue.Create(o.Value) })];

    public async Task<StoredArticle> StoreAsync(ArticleRecord article)
    {
        var store = Services.GetRequiredService<IArticleStore>();
        Assert.True(await store.TryAddAsync(article, TestContext.Current.CancellationToken));
        return (await store.FindByUrlAsync(article.Identity.CanonicalUrl, TestContext.Current.CancellationToken))!;
    }

    public Task<Topic> SaveTopicAsync(string name, params string[] feeds) =>
        Services.GetRequiredService<ITopicStore>().SaveAsync(
            new Topic { Name = name, GuildId = Guild, ChannelId = Channel, Schedule = "daily 08:00", TimeZone = "Europe/Oslo", Feeds = feeds },
            "test", "add", TestContext.Current.CancellationToken);

    /// <summary>Every request the bot made to Discord was accepted: no reply broke a limit or a rule.</summary>
    public void AssertDiscordAcceptedEverything() =>
        Assert.All(Discord.Requests, r => Assert.True(r.Status is >= 200 and < 300, $"{r.Method} {r.Path} answered {r.Status}: {r.Body}"));

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(TestContext.Current.CancellationToken);
            _host.Dispose();
        }
        await Site.DisposeAsync();
        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    private async Task StartBotAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? replace)
    {
        var all = new Dictionary<string, string?>(Discord.Settings)
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Fetching:MaxRetries"] = "0",
            // The tests written before Components V2 read embeds; the components layout has its own tests (Set it back).
            ["Digests:Layout"] = "Embeds",
            ["Storage:DataDirectory"] = _dataFolder,
        };
        foreach (var (key, value) in settings)
            all[key] = value;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(all);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton(Clock);
        builder.Services.AddNewsBot();
        replace?.Invoke(builder.Services);
        _host = builder.Build();
        var token = TestContext.Current.CancellationToken;
        await _host.StartAsync(token);
        await _host.Services.GetRequiredService<EngineStartup>().Ready.WaitAsync(TimeSpan.FromSeconds(30), token);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.Gateway.Count("ready") == 1 && Discord.State.Commands.ContainsKey("global"), token);
    }

    private static int TypeOf(object value) => value switch
    {
        bool => 5,
        int or long => 4,
        _ => 3,
    };
}
