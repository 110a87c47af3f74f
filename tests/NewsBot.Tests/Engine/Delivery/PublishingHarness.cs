using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Discord;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Metrics;
using NewsBot.Engine.Stories;
using NewsBot.Localization;
using NewsBot.Presentation;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Engine.Digests;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Presentation;

namespace NewsBot.Tests.Engine.Delivery;

/// <summary>The publisher and dispatcher wired as the bot wires them, over in-memory stores and a fake Discord.</summary>
internal sealed class PublishingHarness : IAsyncDisposable
{
    public const string TextChannel = "100";
    public const string ForumChannel = "200";

    private readonly ServiceProvider _services;

    private PublishingHarness(FakeDiscordServer fake, ServiceProvider services) => (Fake, _services) = (fake, services);

    public FakeDiscordServer Fake { get; }

    /// <summary>The publisher's clock (the Discord client keeps the real one for its retry delays), at the digest time.</summary>
    public FakeTimeProvider Clock => _services.GetRequiredService<FakeTimeProvider>();
    public CapturedLogs Logs => _services.GetRequiredService<CapturedLogs>();
    public InMemoryOutbox Outbox => _services.GetRequiredService<InMemoryOutbox>();
    public InMemoryTopicStore Topics => _services.GetRequiredService<InMemoryTopicStore>();
    public IFeedSubscriptionStore Subscriptions => _services.GetRequiredService<IFeedSubscriptionStore>();
    public InMemoryArticleStore Articles => _services.GetRequiredService<InMemoryArticleStore>();
    public InMemoryStoryMemory Stories => _services.GetRequiredService<InMemoryStoryMemory>();
    public TopicDigestPublisher Publisher => _services.GetRequiredService<TopicDigestPublisher>();
    public OutboxDispatcher Dispatcher => _services.GetRequiredService<OutboxDispatcher>();
    public NewsBotMetrics Metrics => _services.GetRequiredService<NewsBotMetrics>();

    /// <summary>Message creations and thread starts, in the order the fake received them.</summary>
    public IReadOnlyList<FakeRequest> Posts => [.. Fake.Requests.Where(r => r.Method == "POST")];

    public static async Task<PublishingHarness> StartAsync(
        DigestOptions? options = null, TimeSpan? backfill = null, DeliveryOptions? delivery = null, StoryMemoryOptions? stories = null,
        DigestLayout layout = DigestLayout.Embeds, string? locale = null)
    {
        var fake = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var services = new ServiceCollection();
        var logs = new CapturedLogs();
        services.AddSingleton(logs);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(fake.Settings).Build());
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddNewsBotDiscord();
        services.Configure<DiscordOptions>(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(5));
        services.AddSingleton(p => new InMemoryOutbox(p.GetRequiredService<FakeTimeProvider>(), p.GetRequiredService<InMemoryTopicStore>()))
            .AddSingleton<IOutbox>(p => p.GetRequiredService<InMemoryOutbox>());
        services.AddSingleton(p => new InMemoryStoryMemory(p.GetRequiredService<InMemoryOutbox>(), p.GetRequiredService<FakeTimeProvider>()))
            .AddSingleton<IStoryMemory>(p => p.GetRequiredService<InMemoryStoryMemory>());
        services.AddSingleton(Options.Create(stories ?? new StoryMemoryOptions()));
        services.AddSingleton(p => ActivatorUtilities.CreateInstance<StoryUpdatePlanner>(p, (TimeProvider)p.GetRequiredService<FakeTimeProvider>()));
        services.AddSingleton<InMemoryTopicStore>().AddSingleton<ITopicStore>(p => p.GetRequiredService<InMemoryTopicStore>());
        services.AddSingleton<InMemoryArticleStore>().AddSingleton<IArticleStore>(p => p.GetRequiredService<InMemoryArticleStore>());
        services.AddSingleton(Options.Create(options ?? new DigestOptions()));
        services.AddSingleton(new DigestBackfill(backfill ?? TimeSpan.FromHours(24)));
        services.AddSingleton(new DigestRenderer(layout, texts: locale is null ? null : DigestTexts.For(TextCatalog.Embedded, locale)));
        services.AddSingleton<TopicDigestComposer>();
        services.AddSingleton<ForumUpdatePlanner>();
        services.AddSingleton<IFeedSubscriptionStore>(p => new InMemoryFeedSubscriptionStore(p.GetRequiredService<ITopicStore>()));
        services.AddSingleton<UnpausedFeeds>();
        services.AddSingleton<NewsBotMetrics>();
        services.AddSingleton(Options.Create(delivery ?? new DeliveryOptions()));
        services.AddSingleton(p => ActivatorUtilities.CreateInstance<OutboxDispatcher>(p, (TimeProvider)p.GetRequiredService<FakeTimeProvider>()));
        services.AddSingleton(new FakeTimeProvider(InventedArticles.Monday));
        services.AddSingleton(p => ActivatorUtilities.CreateInstance<TopicDigestPublisher>(p, (TimeProvider)p.GetRequiredService<FakeTimeProvider>()));
        return new PublishingHarness(fake, services.BuildServiceProvider());
    }

    /// <summary>A rendered digest of <paramref name="stories"/> stories stored as the publisher stores it.</summary>
    public Task<StoredDigest> QueueDigestAsync(string key, string channelId, int stories, string? threadName = null)
    {
        var payloads = new DigestRenderer().Render("Harbour", "since Mon 08:00", InventedStories.Many(stories));
        var messages = payloads.Select((payload, i) => QueuedMessage.Queue(channelId, key, i, payload, threadName)).ToList();
        return Outbox.CreateDigestAsync(key, messages, TestContext.Current.CancellationToken);
    }

    /// <summary>A dispatcher as another instance on the same outbox would have, claiming as <paramref name="claimer"/>.</summary>
    public OutboxDispatcher AnotherInstance(string claimer, IOutbox? outbox = null) =>
        ActivatorUtilities.CreateInstance<OutboxDispatcher>(_services, (TimeProvider)Clock, new OutboxClaimant(claimer), outbox ?? Outbox);

    public static JsonObject Body(FakeRequest request) => (JsonObject)JsonNode.Parse(request.Body)!;

    /// <summary>The channel or thread a sent outbox message landed in, from its receipt.</summary>
    public static string? LandedIn(OutboxMessage message) => DeliveryReceipt.TryRead(message.Receipt)?.ChannelId;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
