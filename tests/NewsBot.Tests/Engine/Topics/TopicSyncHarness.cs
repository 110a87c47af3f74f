using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Discord;
using NewsBot.Engine.Topics;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Engine.Topics;

/// <summary>The configured-topic sync over an in-memory store, asking a fake Discord which server each channel is in.</summary>
internal sealed class TopicSyncHarness : IAsyncDisposable
{
    public const string Channel = "123456789012345678";
    public const string SecondChannel = "223456789012345678";
    public const string UnknownChannel = "923456789012345678";

    private readonly ServiceProvider _services;

    private TopicSyncHarness(FakeDiscordServer fake, TopicsOptions options, ServiceProvider services) =>
        (Fake, Options, _services) = (fake, options, services);

    public FakeDiscordServer Fake { get; }

    /// <summary>The settings' topics; change them between syncs as a self-hoster edits the file and restarts.</summary>
    public TopicsOptions Options { get; }

    public InMemoryTopicStore Topics => _services.GetRequiredService<InMemoryTopicStore>();
    public CapturedLogs Logs => _services.GetRequiredService<CapturedLogs>();

    public static async Task<TopicSyncHarness> StartAsync()
    {
        var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        fake.State.Channels[Channel] = FakeChannelKind.Text;
        fake.State.Channels[SecondChannel] = FakeChannelKind.Text;
        var options = new TopicsOptions();
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddSingleton(logs);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(fake.Settings).Build());
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddNewsBotDiscord();
        services.AddSingleton<InMemoryTopicStore>().AddSingleton<ITopicStore>(p => p.GetRequiredService<InMemoryTopicStore>());
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton<ConfiguredTopicSync>();
        return new TopicSyncHarness(fake, options, services.BuildServiceProvider());
    }

    public Task SyncAsync() => _services.GetRequiredService<ConfiguredTopicSync>().SyncAsync(TestContext.Current.CancellationToken);

    /// <summary>What the sync itself logged at <paramref name="level"/>, without the Discord client's lines.</summary>
    public IReadOnlyList<string> SyncLogs(LogLevel level) =>
        [.. Logs.At(level).Where(line => line.StartsWith(typeof(ConfiguredTopicSync).FullName + ":", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
