using NewsBot.Core.Topics;
using static NewsBot.Persistence.Tests.TopicSamples;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteTopicStoreTests : IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task SaveAsync_NewTopic_RoundTripsEveryFieldWithFeedsInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var topic = HarbourNews() with
        {
            Query = "harbour OR port -yacht",
            TimeZone = "Europe/Oslo",
            MaxStories = 5,
            Language = "en",
            Origin = TopicOrigin.Configuration,
            LastDigestAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
        };

        var saved = await _test.Topics().SaveAsync(topic, "configuration", "created", ct);

        Assert.NotEqual(0, saved.Id);
        var expected = topic with { Id = saved.Id, CreatedAt = _test.Clock.GetUtcNow() };
        Assert.Equivalent(expected, saved, strict: true);
        Assert.Equivalent(expected, await _test.Topics().GetAsync(saved.Id, ct), strict: true);
        Assert.Equal(["https://lakeside-courier.example/rss", "https://harbour-gazette.example/feed", "https://aa-first.example/rss"],
            (await _test.Topics().GetAsync(saved.Id, ct))!.Feeds);
    }

    [Fact]
    public async Task SaveAsync_ExistingTopic_ReplacesFeedsKeepsCreatedAtAndDropsRepeatedFeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var created = await store.SaveAsync(HarbourNews(), Moderator, "created", ct);
        _test.Clock.Advance(TimeSpan.FromHours(1));
        string[] newFeeds = ["https://zz-last.example/rss", "https://harbour-gazette.example/feed", "https://zz-last.example/rss"];

        var updated = await _test.Topics().SaveAsync(created with { Schedule = "weekdays 07:30", Feeds = newFeeds }, Moderator, "feeds changed", ct);

        Assert.Equal(created.Id, updated.Id);
        Assert.Equal(created.CreatedAt, updated.CreatedAt);
        Assert.Equal("weekdays 07:30", updated.Schedule);
        Assert.Equal(["https://zz-last.example/rss", "https://harbour-gazette.example/feed"], (await store.GetAsync(created.Id, ct))!.Feeds);
        Assert.Single(await store.ListAsync(ct));
    }

    [Theory]
    [InlineData("Harbour News")]
    [InlineData("HARBOUR NEWS")]
    [InlineData("harbour news")]
    public async Task SaveAsync_NameTakenInSameGuild_ThrowsAndStoresNothing(string name)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        await store.SaveAsync(HarbourNews(), Moderator, "created", ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.SaveAsync(HarbourNews() with { Name = name, ChannelId = "900000000000000009" }, Moderator, "created", ct));

        Assert.Contains($"a topic named '{name}' already exists", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(await store.ListAsync(ct));
        await store.SaveAsync(HarbourNews() with { Name = "Ferries" }, Moderator, "created", ct);
        Assert.Equal(2, (await store.ListAsync(ct)).Count);
    }

    [Fact]
    public async Task SaveAsync_RenameOntoAnotherTopicsName_Throws()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        await store.SaveAsync(HarbourNews(), Moderator, "created", ct);
        var ferries = await store.SaveAsync(HarbourNews() with { Name = "Ferries" }, Moderator, "created", ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(ferries with { Name = "harbour news" }, Moderator, "renamed", ct));

        Assert.Equal("Ferries", (await store.GetAsync(ferries.Id, ct))!.Name);
    }

    [Fact]
    public async Task SaveAsync_SameNameInAnotherGuild_IsAllowed()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var first = await store.SaveAsync(HarbourNews(), Moderator, "created", ct);

        var second = await store.SaveAsync(HarbourNews() with { GuildId = OtherGuild }, Moderator, "created", ct);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(second.Id, (await store.FindAsync(OtherGuild, "harbour NEWS", ct))!.Id);
        Assert.Equal(first.Id, (await store.FindAsync(Guild, "Harbour News", ct))!.Id);
        Assert.Null(await store.FindAsync(null, "Harbour News", ct));
    }

    [Fact]
    public async Task SaveAsync_SameNameTwiceWithoutGuild_Throws()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var configured = await store.SaveAsync(HarbourNews() with { GuildId = null }, "configuration", "created", ct);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.SaveAsync(HarbourNews() with { GuildId = null }, "configuration", "created", ct));

        Assert.Equal(configured.Id, (await store.FindAsync(null, "harbour news", ct))!.Id);
    }

    [Fact]
    public async Task SaveAsync_UnknownId_Throws()
    {
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _test.Topics().SaveAsync(HarbourNews() with { Id = 42 }, Moderator, "edited", ct));

        Assert.Empty(await _test.Topics().ListChangesAsync(42, 10, ct));
    }

    [Fact]
    public async Task ListAsync_TopicsOfSeveralGuilds_OrderedByNameWithTheirFeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        await store.SaveAsync(HarbourNews() with { Name = "weather", Feeds = ["https://weather.example/rss"] }, Moderator, "created", ct);
        await store.SaveAsync(HarbourNews() with { Name = "Ferries", GuildId = OtherGuild, Feeds = [] }, Moderator, "created", ct);
        await store.SaveAsync(HarbourNews(), Moderator, "created", ct);

        var topics = await store.ListAsync(ct);

        Assert.Equal(["Ferries", "Harbour News", "weather"], topics.Select(t => t.Name));
        Assert.Empty(topics[0].Feeds);
        Assert.Equal(3, topics[1].Feeds.Count);
        Assert.Equal(["https://weather.example/rss"], topics[2].Feeds);
    }

    [Fact]
    public async Task SaveAsync_EightProcessesWritingAtOnce_StoresEveryTopicAndChange()
    {
        var ct = TestContext.Current.CancellationToken;
        await _test.Open().InitializeAsync(ct);
        var stores = Enumerable.Range(0, 8).Select(_ => _test.Topics()).ToList();

        await Task.WhenAll(stores.Select((store, writer) => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
                await store.SaveAsync(HarbourNews() with { Name = $"topic {writer}-{i}" }, Moderator, "created", ct);
        }, ct)));

        Assert.Equal(80, (await stores[0].ListAsync(ct)).Count);
        Assert.Equal(80L, await _test.ScalarAsync("SELECT COUNT(*) FROM topic_changes;", ct));
        Assert.Equal(240L, await _test.ScalarAsync("SELECT COUNT(*) FROM topic_feeds;", ct));
    }
}
