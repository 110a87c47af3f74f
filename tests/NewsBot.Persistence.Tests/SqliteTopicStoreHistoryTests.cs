using NewsBot.Core.Storage;
using static NewsBot.Persistence.Tests.TopicSamples;

namespace NewsBot.Persistence.Tests;

/// <summary>What the topic store remembers over time: history, deletion and the last digest.</summary>
public sealed class SqliteTopicStoreHistoryTests : IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task DeleteAsync_ExistingTopic_RemovesTopicAndFeedsAndKeepsHistory()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var topic = await store.SaveAsync(HarbourNews(), Moderator, "created", ct);
        _test.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.True(await store.DeleteAsync(topic.Id, "500000000000000077", ct));

        Assert.Null(await store.GetAsync(topic.Id, ct));
        Assert.Equal(0L, await _test.ScalarAsync("SELECT COUNT(*) FROM topic_feeds;", ct));
        var changes = await store.ListChangesAsync(topic.Id, 10, ct);
        Assert.Equal(["deleted", "created"], changes.Select(c => c.Action));
        Assert.Equal(new TopicChange(topic.Id, "Harbour News", "500000000000000077", "deleted", _test.Clock.GetUtcNow()), changes[0]);
        Assert.False(await store.DeleteAsync(topic.Id, Moderator, ct));
    }

    [Fact]
    public async Task ListChangesAsync_SeveralChanges_NewestFirstUpToLimit()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var topic = await store.SaveAsync(HarbourNews(), "configuration", "created", ct);
        var createdAt = _test.Clock.GetUtcNow();
        _test.Clock.Advance(TimeSpan.FromDays(1));
        topic = await store.SaveAsync(topic with { Schedule = "weekdays 07:30" }, Moderator, "schedule: daily 08:00 → weekdays 07:30", ct);
        _test.Clock.Advance(TimeSpan.FromDays(1));
        await store.SaveAsync(topic with { Name = "Harbour Digest" }, Moderator, "renamed", ct);

        var latestTwo = await store.ListChangesAsync(topic.Id, 2, ct);
        var all = await store.ListChangesAsync(topic.Id, 10, ct);

        Assert.Equal(["renamed", "schedule: daily 08:00 → weekdays 07:30"], latestTwo.Select(c => c.Action));
        Assert.Equal("Harbour Digest", latestTwo[0].TopicName);
        Assert.Equal(new TopicChange(topic.Id, "Harbour News", "configuration", "created", createdAt), all[^1]);
        Assert.Empty(await store.ListChangesAsync(topic.Id + 1, 10, ct));
    }

    [Fact]
    public async Task MarkDigestedAsync_EarlierWindowEnd_NeverMovesBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var topic = await store.SaveAsync(HarbourNews(), Moderator, "created", ct);
        var late = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        await store.MarkDigestedAsync(topic.Id, late, ct);
        await store.MarkDigestedAsync(topic.Id, late.AddHours(-24), ct);

        Assert.Equal(late, (await store.GetAsync(topic.Id, ct))!.LastDigestAt);
        await store.MarkDigestedAsync(topic.Id, late.AddHours(24), ct);
        Assert.Equal(late.AddHours(24), (await store.GetAsync(topic.Id, ct))!.LastDigestAt);
    }

    [Fact]
    public async Task MarkDigestedAsync_WindowEndInsideAMillisecond_NextWindowStartsWhereTheReadEnded()
    {
        // The article store reads a window up to its end rounded up to the millisecond; the next window must start there,
        // or a sighting stamped in that millisecond would be in both digests.
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var topic = await store.SaveAsync(HarbourNews(), Moderator, "created", ct);
        var windowEnd = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero).AddTicks(4_000);

        await store.MarkDigestedAsync(topic.Id, windowEnd, ct);

        Assert.Equal(windowEnd.AddTicks(6_000), (await store.GetAsync(topic.Id, ct))!.LastDigestAt);
    }

    [Fact]
    public async Task SaveAsync_StaleCopyAfterDigest_KeepsStoredLastDigestAt()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = _test.Topics();
        var stale = await store.SaveAsync(HarbourNews(), Moderator, "created", ct);
        var windowEnd = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        await store.MarkDigestedAsync(stale.Id, windowEnd, ct);

        var saved = await store.SaveAsync(stale with { MaxStories = 3 }, Moderator, "max stories: 8 → 3", ct);

        Assert.Equal(windowEnd, saved.LastDigestAt);
        Assert.Equal(3, saved.MaxStories);
    }
}
