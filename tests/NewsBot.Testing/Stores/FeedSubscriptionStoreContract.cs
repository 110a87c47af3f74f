using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>What every <see cref="IFeedSubscriptionStore"/> promises, run against the SQLite store and the in-memory fake alike.</summary>
public abstract class FeedSubscriptionStoreContract
{
    private const string Courier = "https://lakeside-courier.example/rss";
    private const string Gazette = "https://valley-gazette.example/feed";
    private static readonly DateTimeOffset PausedAt = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new, empty subscription store and the topic store its subscriptions come from.</summary>
    protected abstract (IFeedSubscriptionStore Subscriptions, ITopicStore Topics) CreateStores();

    [Fact]
    public async Task ListAsync_TwoServersAndASettingsTopicFollowingFeeds_OneActiveSubscriptionPerServerAndFeed()
    {
        var (subscriptions, topics) = CreateStores();
        await SaveAsync(topics, "Harbour News", "guild-1", Courier, Gazette);
        await SaveAsync(topics, "Ferries", "guild-1", Courier);
        await SaveAsync(topics, "Island Weather", "guild-2", Courier);
        await SaveAsync(topics, "From the settings", null, Gazette);

        var all = await subscriptions.ListAsync(null, Token);
        var courier = await subscriptions.ListAsync(Courier, Token);

        Assert.Equal(
            [(Courier, "guild-1"), (Courier, "guild-2"), (Gazette, FeedSubscription.NoGuild), (Gazette, "guild-1")],
            all.Select(s => (s.FeedUrl, s.GuildId)));
        Assert.All(all, s => Assert.False(s.IsPaused));
        Assert.Equal(["guild-1", "guild-2"], courier.Select(s => s.GuildId));
    }

    [Fact]
    public async Task PauseAsync_OneServer_OnlyThatSubscriptionPausedAndAPauseAgainKeepsTheFirst()
    {
        var (subscriptions, topics) = CreateStores();
        await SaveAsync(topics, "Harbour News", "guild-1", Courier);
        await SaveAsync(topics, "Island Weather", "guild-2", Courier);
        var automatic = new FeedPause(PausedAt, "HTTP 503", By: null);

        var first = await subscriptions.PauseAsync("guild-1", Courier, automatic, Token);
        var again = await subscriptions.PauseAsync("guild-1", Courier, new FeedPause(PausedAt.AddHours(1), null, "mod-9"), Token);

        Assert.Equal((true, false), (first, again));
        var listed = await subscriptions.ListAsync(Courier, Token);
        Assert.Equal([automatic, null], listed.Select(s => s.Pause));
        Assert.True(automatic.IsAutomatic);
        Assert.False(FeedSubscription.AllPaused(listed));
    }

    [Fact]
    public async Task ResumeAsync_PausedThenNot_TrueOnceAndTheSubscriptionIsActive()
    {
        var (subscriptions, topics) = CreateStores();
        await SaveAsync(topics, "Harbour News", "guild-1", Courier);
        await subscriptions.PauseAsync("guild-1", Courier, new FeedPause(PausedAt, null, "mod-9"), Token);

        var resumed = await subscriptions.ResumeAsync("guild-1", Courier, Token);
        var again = await subscriptions.ResumeAsync("guild-1", Courier, Token);

        Assert.Equal((true, false), (resumed, again));
        Assert.False(Assert.Single(await subscriptions.ListAsync(Courier, Token)).IsPaused);
    }

    [Fact]
    public async Task ForgetUnfollowedAsync_ServerDroppedTheFeed_ItsPauseForgottenOthersKept()
    {
        var (subscriptions, topics) = CreateStores();
        var harbour = await SaveAsync(topics, "Harbour News", "guild-1", Courier);
        await SaveAsync(topics, "Island Weather", "guild-2", Courier);
        await subscriptions.PauseAsync("guild-1", Courier, new FeedPause(PausedAt, "HTTP 410", null), Token);
        await subscriptions.PauseAsync("guild-2", Courier, new FeedPause(PausedAt, "HTTP 410", null), Token);
        await topics.SaveAsync(harbour with { Feeds = [] }, "mod-1", "feed removed", Token);

        var forgotten = await subscriptions.ForgetUnfollowedAsync(Token);
        await topics.SaveAsync(harbour, "mod-1", "feed added", Token);

        Assert.Equal(1, forgotten);
        Assert.Equal([false, true], (await subscriptions.ListAsync(Courier, Token)).Select(s => s.IsPaused));
    }

    private static Task<Topic> SaveAsync(ITopicStore topics, string name, string? guildId, params string[] feeds) =>
        topics.SaveAsync(new Topic { Name = name, GuildId = guildId, ChannelId = "100", Schedule = "daily 08:00", Feeds = feeds }, "mod-1", "created", Token);
}
