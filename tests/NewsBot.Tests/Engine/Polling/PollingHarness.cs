using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Polling;
using NewsBot.Ingestion;
using NewsBot.Testing;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>
/// The real poller over the real fetcher, against a loopback server, with in-memory stores and a fake clock.
/// Retries are off so a failing feed fails once per poll.
/// </summary>
internal sealed class PollingHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private PollingHarness(LoopbackHttpServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
    }

    public LoopbackHttpServer Server { get; }
    public FakeTimeProvider Time => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();
    public InMemoryArticleStore Articles => _services.GetRequiredService<InMemoryArticleStore>();
    public InMemoryFeedStateStore States => _services.GetRequiredService<InMemoryFeedStateStore>();
    public InMemoryTopicStore Topics => _services.GetRequiredService<InMemoryTopicStore>();
    public InMemoryFeedSubscriptionStore Subscriptions => _services.GetRequiredService<InMemoryFeedSubscriptionStore>();
    public InMemoryOutbox Outbox => _services.GetRequiredService<InMemoryOutbox>();
    public FeedPoller Poller => _services.GetRequiredService<FeedPoller>();

    public static Task<PollingHarness> StartAsync(params (string Key, string Value)[] settings) => StartWithAsync(_ => { }, settings);

    /// <summary>As <see cref="StartAsync"/>, with <paramref name="replace"/> registering test doubles over the real services.</summary>
    public static async Task<PollingHarness> StartWithAsync(Action<IServiceCollection> replace, params (string Key, string Value)[] settings)
    {
        var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        var values = new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Fetching:MaxRetries"] = "0",
        };
        foreach (var (key, value) in settings)
            values[key] = value;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddNewsBotCore();
        services.AddNewsBotIngestion();
        services.AddNewsBotPolling();
        services.AddSingleton<IFeedPauseNotices, FeedPauseNotices>();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        services.AddSingleton<InMemoryArticleStore>();
        services.AddSingleton<IArticleStore>(sp => sp.GetRequiredService<InMemoryArticleStore>());
        services.AddSingleton<InMemoryFeedStateStore>();
        services.AddSingleton<IFeedStateStore>(sp => sp.GetRequiredService<InMemoryFeedStateStore>());
        services.AddSingleton<InMemoryTopicStore>();
        services.AddSingleton<InMemoryFeedSubscriptionStore>(sp => new(sp.GetRequiredService<ITopicStore>()));
        services.AddSingleton<IFeedSubscriptionStore>(sp => sp.GetRequiredService<InMemoryFeedSubscriptionStore>());
        services.AddSingleton<ITopicStore>(sp => sp.GetRequiredService<InMemoryTopicStore>());
        services.AddSingleton<InMemoryOutbox>();
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<InMemoryOutbox>());
        replace(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new PollingHarness(server, provider);
    }

    public string Url(string path) => Server.Url(path).AbsoluteUri;

    public LoopbackHttpServer ServeFeed(string path, string xml) =>
        Server.Map(path, LoopbackResponse.Text(xml, "application/rss+xml; charset=utf-8"));

    public LoopbackHttpServer ServePage(string path, string html) =>
        Server.Map(path, LoopbackResponse.Text(html, "text/html; charset=utf-8"));

    public void Follow(string channelId, params string[] feedUrls) =>
        Topics.Add(new Topic { Name = $"topic-{channelId}", ChannelId = channelId, Schedule = "daily 08:00", Feeds = feedUrls });

    public Task<FeedPollResult> PollAsync(string feedUrl) => Poller.PollAsync(feedUrl, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
