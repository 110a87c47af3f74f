using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Scheduling;
using NewsBot.Persistence;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Cli;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>
/// The real <c>run</c> verb against the fake Discord and invented outlets on loopback, plus a second handle on the same
/// database so a test can seed command-owned topics and read what the bot stored.
/// </summary>
internal sealed class FeedCommandHarness : IAsyncDisposable
{
    public const string Guild = "500";
    public const string Invoker = "600";
    public const string Moderator = "32";
    public const string Member = "3072";

    // Far off, so no digest runs (and touches a topic) while a test is going.
    private const string QuietSchedule = "0 0 1 1 *";
    private static readonly TimeSpan FirstPollWindow = TimeSpan.FromHours(1);

    private readonly string _dataFolder;
    private readonly Dictionary<string, string?> _settings;
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private readonly IHost _storage;
    private Task<CliRun>? _running;

    private FeedCommandHarness(FakeDiscordServer discord, NewsSite site, Dictionary<string, string?> settings, IHost storage, string dataFolder) =>
        (Discord, Site, _settings, _storage, _dataFolder) = (discord, site, settings, storage, dataFolder);

    public FakeDiscordServer Discord { get; }
    public NewsSite Site { get; }
    public ITopicStore Topics => _storage.Services.GetRequiredService<ITopicStore>();
    public IFeedStateStore FeedStates => _storage.Services.GetRequiredService<IFeedStateStore>();
    public IFeedSubscriptionStore Subscriptions => _storage.Services.GetRequiredService<IFeedSubscriptionStore>();
    public IArticleStore Articles => _storage.Services.GetRequiredService<IArticleStore>();

    /// <param name="firstPollAtOnce">New feeds are polled at once rather than somewhere in the next hour.</param>
    public static async Task<FeedCommandHarness> CreateAsync(bool allowPrivateAddresses = true, bool firstPollAtOnce = false)
    {
        var discord = await FakeDiscordServer.StartAsync(
            FakeDiscordOptions.LoadTolerant, cancellationToken: TestContext.Current.CancellationToken);
        var site = await NewsSite.StartAsync();
        var settings = new Dictionary<string, string?>(discord.Settings)
        {
            ["Fetching:AllowPrivateAddresses"] = allowPrivateAddresses ? "true" : "false",
            ["Fetching:MaxRetries"] = "0",
            // The tests written before Components V2 read embeds; the components layout has its own tests (Set it back).
            ["Digests:Layout"] = "Embeds",
            ["Polling:FirstPollWindowSeconds"] = firstPollAtOnce ? "0" : ((int)FirstPollWindow.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var dataFolder = Path.Combine(Path.GetTempPath(), "newsbot-feedcmd-" + Guid.NewGuid().ToString("N"));
        settings["Storage:DataDirectory"] = dataFolder;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["Storage:DataDirectory"] = dataFolder;
        builder.Services.AddNewsBotPersistence();
        var storage = builder.Build();
        await storage.StartAsync(TestContext.Current.CancellationToken);
        return new FeedCommandHarness(discord, site, settings, storage, dataFolder);
    }

    public void Set(string key, string value) => _settings[key] = value;

    public Task<Topic> SeedTopicAsync(string name, params string[] feeds) => SeedTopicInGuildAsync(Guild, "100", name, feeds);

    /// <summary>A topic of another server, posting to <paramref name="channelId"/> (which the fake Discord then knows too).</summary>
    public Task<Topic> SeedTopicInGuildAsync(string guildId, string channelId, string name, params string[] feeds)
    {
        Discord.State.Channels.TryAdd(channelId, FakeChannelKind.Text);
        return Topics.SaveAsync(
            new Topic { Name = name, GuildId = guildId, ChannelId = channelId, Schedule = QuietSchedule, Feeds = feeds }, "seed", "created", TestContext.Current.CancellationToken);
    }

    /// <summary>An outlet's feed address whose first poll falls in the second half of the hour window, so it stays unpolled during a test.</summary>
    public string QuietFeedUrl(string outlet, int skip = 0, string suffix = "")
    {
        var now = DateTimeOffset.UnixEpoch;
        return Enumerable.Range(0, 1000)
            .Select(i => Site.FeedUrl(outlet) + "?edition=" + i + suffix)
            .Where(url => PollPlan.First(url, now, FirstPollWindow) - now > FirstPollWindow / 2)
            .Skip(skip)
            .First();
    }

    public async Task StartBotAsync()
    {
        _running = CliRun.ExecuteAsync(["run"], _settings, cancellationToken: _stop.Token);
        await WaitAsync(() => Discord.Gateway.Count("ready") == 1 || _running.IsCompleted);
        if (_running.IsCompleted)
            Assert.Fail("The bot stopped: " + (await _running).Error);
    }

    /// <summary>Sends <c>/feed subcommand</c> and waits for its answer (the edit, when it was deferred).</summary>
    public Task<FakeInteraction> SendAsync(string subcommand, string permissions, params (string Name, string Value)[] options) =>
        SendInGuildAsync(Guild, subcommand, permissions, options);

    /// <summary>As <see cref="SendAsync"/>, from a moderator of another server.</summary>
    public async Task<FakeInteraction> SendInGuildAsync(string guildId, string subcommand, string permissions, params (string Name, string Value)[] options)
    {
        var interaction = await Discord.Gateway.SendInteractionAsync("feed", Options(subcommand, options, focused: null), permissions, guildId: guildId);
        await WaitAsync(() => Answered(interaction) || _running!.IsCompleted);
        return interaction;
    }

    /// <summary>Picks <paramref name="value"/> in the select menu of <paramref name="reply"/>'s answer and waits for the bot's answer to that.</summary>
    public async Task<FakeInteraction> PickAsync(FakeInteraction reply, string customId, string permissions, string value, string userId = Invoker)
    {
        var pick = await Discord.Gateway.SelectAsync(reply.Original!, customId, permissions, userId, value);
        await WaitAsync(() => Answered(pick) || _running!.IsCompleted);
        return pick;
    }

    /// <summary>Sends an autocomplete interaction with <paramref name="focused"/> being typed; returns the offered choice values.</summary>
    public async Task<IReadOnlyList<string>> AutocompleteAsync(string subcommand, string focused, params (string Name, string Value)[] options)
    {
        var interaction = await Discord.Gateway.SendInteractionAsync("feed", Options(subcommand, options, focused), Moderator, type: 4);
        await WaitAsync(() => interaction.CallbackBody is not null || _running!.IsCompleted);
        Assert.Equal(8, interaction.CallbackType);
        var choices = JsonNode.Parse(interaction.CallbackBody!)!["data"]!["choices"]!.AsArray();
        return [.. choices.Select(c => c!["value"]!.GetValue<string>())];
    }

    /// <summary>Everything the reply shows: content, text displays, embed titles, descriptions and footers, followups included.</summary>
    public static string Shown(FakeInteraction interaction)
    {
        var text = new StringBuilder();
        foreach (var message in new[] { interaction.Original }.Concat(interaction.Followups).OfType<FakeMessage>())
        {
            text.AppendLine(message.Content).AppendLine(message.ComponentText);
            foreach (var embed in message.Body["embeds"]?.AsArray() ?? [])
                text.AppendLine(embed?["title"]?.GetValue<string>()).AppendLine(embed?["description"]?.GetValue<string>()).AppendLine(embed?["footer"]?["text"]?.GetValue<string>());
        }
        return text.ToString();
    }

    /// <summary>True when the first answer Discord saw was ephemeral (a reply or an ephemeral "thinking…").</summary>
    public static bool IsEphemeral(FakeInteraction interaction) =>
        (JsonNode.Parse(interaction.CallbackBody!)!["data"]?["flags"]?.GetValue<int>() & 64) == 64;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
            await _running;
        await _storage.StopAsync(CancellationToken.None);
        _storage.Dispose();
        _stop.Dispose();
        await Site.DisposeAsync();
        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    private static bool Answered(FakeInteraction interaction) =>
        interaction.Original is { } original && (original.Body["content"] is not null || original.Body["embeds"] is not null || original.Body["components"] is not null);

    private static JsonArray Options(string subcommand, (string Name, string Value)[] options, string? focused)
    {
        var leaves = new JsonArray();
        foreach (var (name, value) in options)
        {
            var option = new JsonObject { ["type"] = 3, ["name"] = name, ["value"] = value };
            if (name == focused)
                option["focused"] = true;
            leaves.Add(option);
        }
        return [new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = leaves }];
    }

    private static Task WaitAsync(Func<bool> condition) => FakeDiscordServer.WaitUntilAsync(condition, TestContext.Current.CancellationToken);
}
