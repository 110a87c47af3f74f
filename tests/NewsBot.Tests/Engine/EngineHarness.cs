using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord;
using NewsBot.Engine.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using Quartz;

namespace NewsBot.Tests.Engine;

/// <summary>
/// The real bot host (storage, Quartz, polling, digests, outbox) on a fake clock, against a fake Discord and invented
/// outlets on loopback. Quartz runs on the same clock, so advancing it fires the real triggers. The gateway is left out:
/// these tests are about the engine, and its heartbeats would need real time.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public const string Channel = "123456789012345678";
    public const string SecondChannel = "223456789012345678";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "newsbot-engine-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private IHost? _host;
    private SchedulerActivity _activity = new();

    private EngineHarness(FakeTimeProvider clock, FakeDiscordServer discord, NewsSite site, Dictionary<string, string?> settings) =>
        (Clock, Discord, Site, _settings) = (clock, discord, site, settings);

    public FakeTimeProvider Clock { get; }
    public FakeDiscordServer Discord { get; }
    public NewsSite Site { get; }
    public CapturedLogs Logs { get; private set; } = new();
    /// <summary>The jobs of the running bot as they start and end (events, not polling).</summary>
    public SchedulerActivity Activity => _activity;
    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    /// <summary>Starts the fakes; the bot itself starts with <see cref="StartBotAsync"/>.</summary>
    public static async Task<EngineHarness> CreateAsync(DateTimeOffset start)
    {
        var clock = new FakeTimeProvider(start);
        var discord = await FakeDiscordServer.StartAsync(
            new FakeDiscordOptions { RateLimitsEnabled = false }, clock, TestContext.Current.CancellationToken);
        discord.State.Channels[Channel] = FakeChannelKind.Text;
        discord.State.Channels[SecondChannel] = FakeChannelKind.Text;
        var site = await NewsSite.StartAsync();
        var settings = new Dictionary<string, string?>(discord.Settings)
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Fetching:MaxRetries"] = "0",
            // The tests written before Components V2 read embeds; the components layout has its own tests (Set it back).
            ["Digests:Layout"] = "Embeds",
            // Quartz's persistent store costs about a second a test here (measured: the engine tests 53 s in memory, 2 min
            // persistent); the tests about persistence set it back (PersistentScheduleTests).
            ["Scheduler:Store"] = "memory",
        };
        return new EngineHarness(clock, discord, site, settings);
    }

    /// <summary>Adds a configured topic (<c>Topics:n:…</c>), as a self-hoster's settings file would.</summary>
    public void ConfigureTopic(int index, string name, string schedule, string timeZone, string channel, params string[] feeds)
    {
        _settings[$"Topics:{index}:Name"] = name;
        _settings[$"Topics:{index}:Schedule"] = schedule;
        _settings[$"Topics:{index}:TimeZone"] = timeZone;
        _settings[$"Topics:{index}:ChannelId"] = channel;
        for (var i = 0; i < feeds.Length; i++)
            _settings[$"Topics:{index}:Feeds:{i}"] = feeds[i];
    }

    public void Set(string key, string value) => _settings[key] = value;

    /// <summary>Removes every setting whose key starts with <paramref name="prefix"/> (a topic left out of the settings file).</summary>
    public void Unset(string prefix)
    {
        foreach (var key in _settings.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            _settings.Remove(key);
    }

    public async Task StartBotAsync(Action<IServiceCollection>? replace = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Configuration["Storage:DataDirectory"] = _dataFolder;
        Logs = new CapturedLogs();
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddNewsBot();
        _activity = new SchedulerActivity();
        builder.Services.AddQuartz(quartz => quartz.AddJobListener(_activity, [Matchers.AllJobs()]));
        WithoutGateway(builder.Services);
        replace?.Invoke(builder.Services);
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        await _host.Services.GetRequiredService<EngineStartup>().Ready.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await SettleAsync();
    }

    /// <summary>Stops the bot the way a shutdown does; the data folder stays for the next start.</summary>
    public async Task StopBotAsync()
    {
        if (_host is null)
            return;
        await _host.StopAsync(TestContext.Current.CancellationToken);
        _host.Dispose();
        _host = null;
    }

    /// <summary>
    /// Moves the clock to <paramref name="target"/>, stopping at every trigger's fire time on the way and letting what
    /// fires run to the end, so nothing misfires however far the clock goes.
    /// </summary>
    public async Task RunUntilAsync(DateTimeOffset target)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        while (Clock.GetUtcNow() < target)
        {
            var due = await scheduler.QueryTriggers(new TriggerQuery { NextFireTimeBefore = target }, TestContext.Current.CancellationToken);
            var next = due.Items.Select(t => t.NextFireTimeUtc).Where(t => t > Clock.GetUtcNow()).Min() ?? target;
            Clock.Advance(next - Clock.GetUtcNow());
            await SettleAsync();
        }
    }

    public Task RunForAsync(TimeSpan duration) => RunUntilAsync(Clock.GetUtcNow() + duration);

    /// <summary>Every request the bot made to Discord was accepted: no payload broke a limit or a rule.</summary>
    public void AssertDiscordAcceptedEverything() =>
        Assert.All(Discord.Requests, r => Assert.True(r.Status is >= 200 and < 300, $"{r.Method} {r.Path} answered {r.Status}: {r.Body}"));

    public IReadOnlyList<FakeMessage> MessagesIn(string channelId) =>
        [.. Discord.State.Messages.Where(m => m.ChannelId == channelId)];

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Site.DisposeAsync();
        await Discord.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>
    /// Waits until no trigger is due on the fake clock and no job runs, woken by job starts and ends. Quartz moves a fired
    /// trigger on and records its running firing in one step, before the job starts, so reading the due triggers and then
    /// the running firings misses nothing, unless a job ended in between, which the activity's version tells.
    /// </summary>
    private async Task SettleAsync()
    {
        var token = TestContext.Current.CancellationToken;
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler(token);
        while (true)
        {
            var change = _activity.NextChange;
            var version = _activity.Version;
            var due = await scheduler.QueryTriggers(new TriggerQuery { NextFireTimeBefore = Clock.GetUtcNow().AddTicks(1) }, token);
            // Executing firings only: Quartz reserves a trigger up to half a minute ahead of its time, and a reserved
            // trigger whose time has come is still among the due ones.
            var running = await scheduler.QueryFireInstances(new FireInstanceQuery(), token);
            if (due.Items.Count == 0 && running.Items.All(f => _activity.HasEnded(f.FireInstanceId)) && _activity.Version == version)
                return;
            // A hang guard only: every due trigger or running job ends in an event.
            await change.WaitAsync(TimeSpan.FromSeconds(60), token);
        }
    }

    /// <summary>Wraps the registered <typeparamref name="T"/> (a store, say) in a decorator that injects a fault.</summary>
    public static void Decorate<T>(IServiceCollection services, Func<T, T> decorate)
        where T : class
    {
        var original = services.Single(d => d.ServiceType == typeof(T));
        services.Remove(original);
        // A store port is registered as a factory choosing the provider's store; others by their type.
        services.AddSingleton(provider => decorate((T)(original.ImplementationType is { } type
            ? ActivatorUtilities.CreateInstance(provider, type)
            : original.ImplementationFactory!(provider))));
    }

    private static void WithoutGateway(IServiceCollection services)
    {
        var gateway = services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationFactory?.Method.ReturnType == typeof(DiscordBotService)).ToList();
        foreach (var descriptor in gateway)
            services.Remove(descriptor);
    }
}
