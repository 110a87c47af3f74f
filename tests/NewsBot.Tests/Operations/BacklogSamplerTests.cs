using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Storage;
using NewsBot.Engine.Metrics;
using NewsBot.Operations;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Operations;

public sealed class BacklogSamplerTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SampleAsync_PausedFeedsAndPendingMessages_ReportsCountsAndOldestAge()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var outbox = new InMemoryOutbox(time);
        await outbox.CreateDigestAsync("digest:1", [new OutgoingMessage("100", "{}"), new OutgoingMessage("100", "{}")], Cancellation);
        time.Advance(TimeSpan.FromMinutes(10));
        await outbox.CreateDigestAsync("digest:2", [new OutgoingMessage("200", "{}")], Cancellation);
        var pause = new FeedPause(time.GetUtcNow(), "failing", null);
        var subscriptions = new FixedSubscriptions(
        [
            // Paused for every follower: counted. Paused for one server of two: still polled, not counted.
            new FeedSubscription("1", "https://a.example/feed") { Pause = pause },
            new FeedSubscription("1", "https://b.example/feed") { Pause = pause },
            new FeedSubscription("2", "https://b.example/feed"),
            new FeedSubscription("1", "https://c.example/feed"),
        ]);
        using var bot = new ServiceCollection()
            .AddSingleton<IFeedSubscriptionStore>(subscriptions).AddSingleton<IOutbox>(outbox).AddSingleton<NewsBotMetrics>().BuildServiceProvider();
        using var sampler = new BacklogSampler(bot, time);

        await sampler.SampleAsync(Cancellation);

        Assert.Equal(new BacklogSample(1, 3, TimeSpan.FromMinutes(10)), bot.GetRequiredService<NewsBotMetrics>().Backlog);
    }

    [Fact]
    public async Task SampleAsync_NothingPending_OldestAgeZero()
    {
        var time = new FakeTimeProvider();
        using var bot = new ServiceCollection()
            .AddSingleton<IFeedSubscriptionStore>(new FixedSubscriptions([])).AddSingleton<IOutbox>(new InMemoryOutbox(time))
            .AddSingleton<NewsBotMetrics>().BuildServiceProvider();
        using var sampler = new BacklogSampler(bot, time);

        await sampler.SampleAsync(Cancellation);

        Assert.Equal(new BacklogSample(0, 0, TimeSpan.Zero), bot.GetRequiredService<NewsBotMetrics>().Backlog);
    }

    private sealed class FixedSubscriptions(IReadOnlyList<FeedSubscription> all) : IFeedSubscriptionStore
    {
        public Task<IReadOnlyList<FeedSubscription>> ListAsync(string? feedUrl, CancellationToken cancellationToken) => Task.FromResult(all);

        public Task<bool> PauseAsync(string guildId, string feedUrl, FeedPause pause, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> ResumeAsync(string guildId, string feedUrl, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> ForgetUnfollowedAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
