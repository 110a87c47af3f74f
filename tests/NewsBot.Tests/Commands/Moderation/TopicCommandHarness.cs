using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>
/// The real bot host (gateway, interactions, storage, Quartz) against a fake Discord in real time, with its own data
/// folder. Tests send /topic as a moderator (or not) through the fake gateway and read the reply the fake recorded.
/// </summary>
internal sealed class TopicCommandHarness : IAsyncDisposable
{
    public const string Guild = "500";
    public const string Moderator = "600";
    public const string TextChannel = "100";
    public const string ForumChannel = "200";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "newsbot-topic-" + Guid.NewGuid().ToString("N"));
    private IHost? _host;

    private TopicCommandHarness(FakeDiscordServer discord) => Discord = discord;

    private static TimeProvider Clock { get; } = new SteadyTimeProvider();

    public FakeDiscordServer Discord { get; }
    public IServiceProvider Services => _host!.Services;
    public ITopicStore Topics => Services.GetRequiredService<ITopicStore>();
    public EngineScheduler Scheduler => Services.GetRequiredService<EngineScheduler>();

    public static async Task<TopicCommandHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<FakeDiscordState>? discord = null)
    {
        // Real time that a step of the machine's wall clock cannot move, for the bot and the fake alike (CommandHarness).
        var fake = await FakeDiscordServer.StartAsync(FakeDiscordOptions.LoadTolerant, Clock, TestContext.Current.CancellationToken);
        discord?.Invoke(fake.State);
        var harness = new TopicCommandHarness(fake);
        await harness.StartBotAsync(settings ?? new Dictionary<string, string?>());
        return harness;
    }

    /// <summary>
    /// Sends /topic {subcommand} with options (a channel option for "channel", integers as numbers) from a moderator whose
    /// client speaks <paramref name="locale"/>, and waits for the reply.
    /// </summary>
    public async Task<FakeInteraction> SendAsync(string subcommand, IReadOnlyDictionary<string, object> options, string permissions = "2147483647", string locale = "en-US")
    {
        var leaves = new JsonArray();
        foreach (var (name, value) in options)
        {
            var type = value is int ? 4 : name is "channel" ? 7 : 3;
            leaves.Add(new JsonObject { ["name"] = name, ["type"] = type, ["value"] = JsonValue.Create(value) });
        }
        var interaction = await Discord.Gateway.SendInteractionAsync(new FakeInvocation("topic")
        {
            Options = [new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = leaves }],
            Permissions = permissions,
            Locale = locale,
        });
        await WaitAsync(() => interaction.Original is { } reply && (reply.Content is not null || reply.Body["embeds"] is not null));
        return interaction;
    }

    public Task<FakeInteraction> CreateAsync(string name, string channel = TextChannel, string schedule = "daily 08:00") =>
        SendAsync("create", new Dictionary<string, object> { ["name"] = name, ["query"] = "harbour", ["channel"] = channel, ["schedule"] = schedule });

    /// <summary>Sends an autocomplete interaction for /topic {subcommand} with the name option focused; returns the choices' names.</summary>
    public async Task<IReadOnlyList<string>> AutocompleteAsync(string subcommand, string typed)
    {
        var focused = new JsonObject { ["name"] = "name", ["type"] = 3, ["value"] = typed, ["focused"] = true };
        var interaction = await Discord.Gateway.SendInteractionAsync("topic", [new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = new JsonArray(focused) }], type: 4);
        await WaitAsync(() => interaction.CallbackBody is not null);
        var choices = JsonNode.Parse(interaction.CallbackBody!)!["data"]!["choices"]!.AsArray();
        return [.. choices.Select(c => c!["name"]!.GetValue<string>())];
    }

    /// <summary>Stores a topic of another server directly, so a test can show it never appears in this server's replies.</summary>
    public Task<Topic> SeedOtherServerTopicAsync(string name) =>
        Topics.SaveAsync(new Topic { Name = name, GuildId = "900", ChannelId = "101", Schedule = "daily 08:00" }, "seed", "created", TestContext.Current.CancellationToken);

    public Task<Topic?> FindAsync(string name) => Topics.FindAsync(Guild, name, TestContext.Current.CancellationToken);

    public static string Content(FakeInteraction interaction) => interaction.Original!.Content ?? "";

    /// <summary>The flags of the first response: 64 means only the invoker sees it.</summary>
    public static int Flags(FakeInteraction interaction) =>
        JsonNode.Parse(interaction.CallbackBody!)!["data"]?["flags"]?.GetValue<int>() ?? 0;

    public static Task WaitAsync(Func<bool> condition, TimeSpan? timeout = null) =>
        FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken, timeout);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }
        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    private async Task StartBotAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Discord.Settings);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["Storage:DataDirectory"] = _dataFolder;
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddNewsBot();
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        await _host.Services.GetRequiredService<EngineStartup>().Ready.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await WaitAsync(() => Discord.Gateway.Count("ready") == 1 && Discord.State.Commands.ContainsKey("global"));
    }
}
