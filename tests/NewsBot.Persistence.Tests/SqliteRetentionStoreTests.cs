using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Persistence.Tests;

/// <summary>Issue 14, item 8: nothing was ever deleted. Pruning deletes what is old, never what stops a repost or waits to be sent.</summary>
public sealed class SqliteRetentionStoreTests : IDisposable
{
    private const string Feed = "https://lakeside-courier.example/rss";
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private DateTimeOffset Now => _test.Clock.GetUtcNow();

    [Fact]
    public async Task PruneAsync_ArticleOlderThanItsTextDays_ArticleAndSearchEntryGoneIdentityKeptSoNoRepost()
    {
        var store = _test.Articles();
        var old = Article("item-1", "https://lakeside-courier.example/a/ferry", "Ferry timetable changes");
        await store.TryAddAsync(old, Token);
        _test.Clock.Advance(TimeSpan.FromDays(31));
        await store.TryAddAsync(Article("item-2", "https://lakeside-courier.example/a/library", "Library opens late"), Token);

        var counts = await _test.Retention().PruneAsync(new RetentionOptions().CutoffsAt(Now), Token);

        Assert.Equal((1, 0), (counts.Articles, counts.SeenItems));
        Assert.Equal(["Library opens late"], (await store.ListSinceAsync(DateTimeOffset.MinValue, Token)).Select(a => a.Article.Title));
        Assert.Empty(await store.SearchAsync("ferry", [Feed], DateTimeOffset.MinValue, 10, Token));
        Assert.Equal(0L, await _test.ScalarAsync("SELECT count(*) FROM articles_fts WHERE rowid NOT IN (SELECT id FROM articles);", Token));
        // The feed listing the old item again finds it seen: it is not read or posted again.
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(old.Identity, Token));
    }

    [Fact]
    public async Task PruneAsync_IdentityOlderThanSeenItemDays_ForgottenUnlessItsArticleIsStillKept()
    {
        var store = _test.Articles();
        var kept = Article("item-1", "https://lakeside-courier.example/a/ferry", "Ferry timetable changes");
        await store.TryAddAsync(kept, Token);
        var forgotten = new ArticleIdentity(Feed, "item-2", "https://lakeside-courier.example/a/old");
        await store.MarkSeenAsync(forgotten, Token);
        _test.Clock.Advance(TimeSpan.FromDays(200));
        // Articles kept longer than identities (as the settings forbid) still keep their identity.
        var cutoffs = new RetentionCutoffs(Now.AddDays(-365), Now.AddDays(-180), Now.AddDays(-30), Now.AddDays(-365));

        var counts = await _test.Retention().PruneAsync(cutoffs, Token);

        Assert.Equal((0, 1), (counts.Articles, counts.SeenItems));
        Assert.Equal(ItemNovelty.SeenInThisFeed, await store.CheckAsync(kept.Identity, Token));
        Assert.Equal(ItemNovelty.New, await store.CheckAsync(forgotten, Token));
    }

    [Fact]
    public async Task PruneAsync_OldDigests_DeliveredOnesGoUndeliveredOneStaysWhole()
    {
        var outbox = _test.Outbox();
        var delivered = await outbox.CreateDigestAsync("digest:1:1", [new OutgoingMessage("100", "{}")], Token);
        await outbox.MarkSentAsync(delivered.Messages[0].Id, """{"message_id":"9"}""", Token);
        var givenUp = await outbox.CreateDigestAsync("digest:1:2", [new OutgoingMessage("100", "{}")], Token);
        await outbox.MarkFailedAsync(givenUp.Messages[0].Id, "Missing Access", Token);
        var waiting = await outbox.CreateDigestAsync("digest:1:3", [new OutgoingMessage("100", "{}"), new OutgoingMessage("100", "{}")], Token);
        await outbox.MarkSentAsync(waiting.Messages[0].Id, """{"message_id":"10"}""", Token);
        _test.Clock.Advance(TimeSpan.FromDays(31));

        var counts = await _test.Retention().PruneAsync(new RetentionOptions().CutoffsAt(Now), Token);

        Assert.Equal((2, 2), (counts.Digests, counts.Messages));
        Assert.Equal(2, (await outbox.DigestMessagesAsync(waiting.Id, Token)).Count);
        Assert.Equal([waiting.Messages[1].Id], (await outbox.PendingMessagesAsync(Token)).Select(m => m.Id));
        Assert.Equal(1L, await _test.ScalarAsync("SELECT count(*) FROM digests;", Token));
    }

    [Fact]
    public async Task PruneAsync_OldTopicHistory_EachTopicsLatestChangeKept()
    {
        var topics = _test.Topics();
        var topic = await topics.SaveAsync(new Topic { Name = "Harbour", GuildId = "500", ChannelId = "100", Schedule = "daily 08:00" }, "mod-1", "created", Token);
        await topics.SaveAsync(topic with { Query = "ferry" }, "mod-1", "query changed", Token);
        _test.Clock.Advance(TimeSpan.FromDays(400));

        var counts = await _test.Retention().PruneAsync(new RetentionOptions().CutoffsAt(Now), Token);

        Assert.Equal(1, counts.Changes);
        Assert.Equal(["query changed"], (await topics.ListChangesAsync(topic.Id, 10, Token)).Select(c => c.Action));
    }

    [Fact]
    public async Task MeasureAsync_AfterPruningManyArticles_ReportsTheFileAndItsFreePages()
    {
        var store = _test.Articles();
        for (var i = 0; i < 200; i++)
            await store.TryAddAsync(Article($"item-{i}", $"https://lakeside-courier.example/a/{i}", $"Story {i}") with { Text = new string('x', 4000) }, Token);
        var before = await _test.Retention().MeasureAsync(Token);
        _test.Clock.Advance(TimeSpan.FromDays(31));

        await _test.Retention().PruneAsync(new RetentionOptions().CutoffsAt(Now), Token);
        var after = await _test.Retention().MeasureAsync(Token);

        Assert.True(before.Bytes > 200 * 4000, before.ToString());
        Assert.True(after.FreeBytes > before.FreeBytes, after.ToString());
        Assert.Matches(@"^\d+\.\d MB \(\d+\.\d MB free for reuse\)$", after.ToString());
    }

    private static ArticleRecord Article(string itemId, string canonicalUrl, string title) => new()
    {
        Identity = new ArticleIdentity(Feed, itemId, canonicalUrl),
        Title = title,
        Text = title + ". The harbour board met on Tuesday.",
    };
}
