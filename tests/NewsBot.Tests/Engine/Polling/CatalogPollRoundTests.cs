using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Polling;
using NewsBot.Engine.Topics;
using NewsBot.Ingestion.Catalog;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>
/// The catalogue's minute rounds: at most Catalog:MaxPollsPerMinute sources a minute over every topic and server, each
/// outlet once however many topics use it, least recently polled first so none starves, back-off respected.
/// </summary>
public sealed class CatalogPollRoundTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SelectAsync_WholeCatalogueTwoServers_EachOutletOnceCapPerMinuteNoneStarves()
    {
        var (round, states, clock, catalog) = Round(cap: 60);
        var outlets = catalog.Outlets.Select(o => o.SourceUrl.AbsoluteUri).Distinct(StringComparer.Ordinal).ToList();
        var rounds = new List<IReadOnlyList<string>>();

        for (var minute = 0; minute < 4; minute++)
        {
            var picked = await round.SelectAsync(Token);
            rounds.Add(picked);
            await PolledAsync(states, picked, clock.GetUtcNow());
            Assert.Empty(await round.SelectAsync(Token));
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([60, 60, outlets.Count - 120, 0], rounds.Select(r => r.Count));
        Assert.Equal(outlets.Order(StringComparer.Ordinal), rounds.SelectMany(r => r).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SelectAsync_AfterTheInterval_LeastRecentlyPolledFirst()
    {
        var (round, states, clock, _) = Round(cap: 60);
        var rounds = new List<IReadOnlyList<string>>();
        for (var minute = 0; minute < 3; minute++)
        {
            rounds.Add(await round.SelectAsync(Token));
            await PolledAsync(states, rounds[^1], clock.GetUtcNow());
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        clock.Advance(Interval + TimeSpan.FromMinutes(5));
        var picked = await round.SelectAsync(Token);

        Assert.Equal(rounds[0].Order(StringComparer.Ordinal), picked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SelectAsync_OutletBackingOff_WaitsUntilItsBackOffEnds()
    {
        var (round, states, clock, catalog) = Round(cap: 1000);
        var failing = catalog.Outlets[0].SourceUrl.AbsoluteUri;
        await states.SaveAsync(new FeedState { FeedUrl = failing, ConsecutiveFailures = 2, LastFetchedAt = Start, NextPollAt = Start.AddMinutes(30) }, Token);

        var now = await round.SelectAsync(Token);
        clock.Advance(TimeSpan.FromMinutes(31));
        var later = await round.SelectAsync(Token);

        Assert.DoesNotContain(failing, now);
        Assert.Contains(failing, later);
    }

    private static async Task PolledAsync(InMemoryFeedStateStore states, IEnumerable<string> feeds, DateTimeOffset at)
    {
        foreach (var feed in feeds)
            await states.SaveAsync(new FeedState { FeedUrl = feed, LastFetchedAt = at, LastSuccessAt = at, NextPollAt = at + Interval }, Token);
    }

    private static (CatalogPollRound Round, InMemoryFeedStateStore States, FakeTimeProvider Clock, OutletCatalog Catalog) Round(int cap)
    {
        var clock = new FakeTimeProvider(Start);
        var options = new CatalogOptions { MaxPollsPerMinute = cap };
        var catalog = new OutletCatalog(Options.Create(options));
        var feeds = new CatalogTopicFeeds(catalog);
        var topics = new InMemoryTopicStore();
        // Two servers' topics over the whole catalogue and over one country: every outlet is still one poll.
        topics.Add(feeds.Resolve(new Topic { Name = "World", GuildId = "1", ChannelId = "2", Schedule = "daily 08:00", Catalog = new CatalogSources(null, null) }));
        topics.Add(feeds.Resolve(new Topic { Name = "Austria", GuildId = "3", ChannelId = "4", Schedule = "daily 08:00", Catalog = new CatalogSources("at", null) }));
        var states = new InMemoryFeedStateStore();
        var round = new CatalogPollRound(topics, new InMemoryFeedSubscriptionStore(topics), states, feeds, new CatalogPollBudget(Options.Create(options), clock), clock);
        return (round, states, clock, catalog);
    }
}
