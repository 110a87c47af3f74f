using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;
using NewsBot.Persistence.Migrations;

namespace NewsBot.Persistence.Tests.Migrations;

public sealed class SchemaMigratorTests : IDisposable
{
    private const string Feed = "https://lakeside-courier.example/rss";
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task MigrateAsync_DatabaseAtVersion1_KeepsDataAndReachesTheLatestSchema()
    {
        var ct = TestContext.Current.CancellationToken;
        await CreateVersion1WithDataAsync(ct);

        await _test.Open().InitializeAsync(ct);

        Assert.Equal((long)SchemaMigrator.LatestVersion, await _test.ScalarAsync("SELECT MAX(version) FROM schema_version;", ct));
        var state = await _test.FeedStates().GetAsync(Feed, ct);
        Assert.Equal(new FeedState { FeedUrl = Feed, ETag = "\"v7\"", ConsecutiveFailures = 2 }, state);
        var article = Assert.Single(await _test.Articles().ListForFeedsAsync([Feed], DateTimeOffset.FromUnixTimeMilliseconds(0), _test.Clock.GetUtcNow(), ct));
        Assert.Equal("Ferry timetable changes", article.Article.Title);
        Assert.Equal(new StoredQuote("We listened", "Marta Quillon"), Assert.Single(article.Article.Quotes));
        Assert.False(article.Article.IsBackfill);
        Assert.Null(article.Article.Language);
        Assert.Equal(ItemNovelty.SeenInThisFeed, await _test.Articles().CheckAsync(new ArticleIdentity(Feed, "item-1", "https://other.example/x"), ct));
        var pending = Assert.Single(await _test.Outbox().PendingMessagesAsync(ct));
        Assert.Equal("900000000000000001", pending.Message.Destination);
        Assert.Equal("""{"nonce":"n-1","thread_name":null,"message":{}}""", pending.Message.Payload);
        Assert.Null(pending.Receipt);
        Assert.Empty(await _test.Topics().ListAsync(ct));
    }

    [Fact]
    public async Task MigrateAsync_PendingIndexAfterVersion2_LeavesOutGivenUpMessages()
    {
        var ct = TestContext.Current.CancellationToken;
        await _test.Open().InitializeAsync(ct);

        var definition = (string?)await _test.ScalarAsync(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'ix_outbox_messages_pending';", ct);

        Assert.Contains("failed_reason IS NULL", definition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_OutboxOfVersion3_RowsBecomeEnvelopesAndReceiptsKeepingFailures()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var connection = new SqliteConnection(_test.Open().ConnectionString))
        {
            await connection.OpenAsync(ct);
            await SchemaMigrator.MigrateAsync(connection, [.. SchemaMigrator.All.Where(m => m.Version <= 3)], ct);
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO digests (id, idempotency_key, created_at) VALUES (1, 'digest:1:1000', 1000);
                INSERT INTO outbox_messages (digest_id, sequence, channel_id, nonce, payload_json, thread_name, discord_message_id, sent_at, posted_channel_id, failed_reason)
                VALUES (1, 0, '200', 'n-0', '{"content":"a"}', 'Harbour', '700', 5000, '300', NULL),
                       (1, 1, '200', 'n-1', 'not json', 'Harbour', NULL, NULL, NULL, NULL),
                       (1, 2, '200', 'n-2', '{"content":"c"}', 'Harbour', NULL, NULL, NULL, 'Missing Access');
                """;
            await insert.ExecuteNonQueryAsync(ct);
        }

        await _test.Open().InitializeAsync(ct);

        var messages = await _test.Outbox().DigestMessagesAsync(1, ct);
        Assert.Equal(
            ["""{"nonce":"n-0","thread_name":"Harbour","message":{"content":"a"}}""", """{"nonce":"n-1","thread_name":"Harbour","message":"not json"}""", """{"nonce":"n-2","thread_name":"Harbour","message":{"content":"c"}}"""],
            messages.Select(m => m.Message.Payload));
        Assert.Equal(["""{"message_id":"700","channel_id":"300"}""", null, null], messages.Select(m => m.Receipt));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(5000), messages[0].SentAt);
        Assert.Equal([1], (await _test.Outbox().PendingMessagesAsync(ct)).Select(m => m.Sequence));
    }

    [Fact]
    public async Task MigrateAsync_FeedPausedBeforeSubscriptions_PausedForEveryServerThatFollowedIt()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Quiet = "https://valley-gazette.example/feed";
        await using (var connection = new SqliteConnection(_test.Open().ConnectionString))
        {
            await connection.OpenAsync(ct);
            await SchemaMigrator.MigrateAsync(connection, [.. SchemaMigrator.All.Where(m => m.Version <= 4)], ct);
            await using var insert = connection.CreateCommand();
            insert.CommandText = $$"""
                INSERT INTO topics (id, name, name_key, guild_id, channel_id, schedule, max_stories, origin, created_at)
                VALUES (1, 'Harbour', 'harbour', '500', '100', 'daily 08:00', 8, 'command', 0),
                       (2, 'Island', 'island', '501', '101', 'daily 08:00', 8, 'command', 0),
                       (3, 'Settings', 'settings', NULL, '102', 'daily 08:00', 8, 'configuration', 0);
                INSERT INTO topic_feeds (topic_id, position, feed_url) VALUES (1, 0, '{{Feed}}'), (2, 0, '{{Feed}}'), (3, 0, '{{Quiet}}');
                INSERT INTO feed_state (feed_url, consecutive_failures, paused, last_error, last_fetched_at) VALUES ('{{Feed}}', 5, 1, 'HTTP 410 Gone', 7000);
                INSERT INTO feed_state (feed_url, consecutive_failures, paused) VALUES ('{{Quiet}}', 0, 1);
                """;
            await insert.ExecuteNonQueryAsync(ct);
        }

        await _test.Open().InitializeAsync(ct);

        var subscriptions = await _test.FeedSubscriptions().ListAsync(null, ct);
        Assert.Equal(
            [(Feed, "500", "HTTP 410 Gone"), (Feed, "501", "HTTP 410 Gone"), (Quiet, "", null)],
            subscriptions.Select(s => (s.FeedUrl, s.GuildId, s.Pause!.Reason)));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(7000), subscriptions[0].Pause!.At);
        Assert.False(subscriptions[2].Pause!.IsAutomatic);
    }

    /// <summary>A database as the released version 1 left it: only migration 001, with a row in each main table.</summary>
    private async Task CreateVersion1WithDataAsync(CancellationToken ct)
    {
        var database = _test.Open();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await SchemaMigrator.MigrateAsync(connection, [Migration001Initial.Migration], ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = $$"""
            INSERT INTO feed_state (feed_url, etag, consecutive_failures) VALUES ('{{Feed}}', '"v7"', 2);
            INSERT INTO seen_items (feed_url, item_id, canonical_url, seen_at) VALUES ('{{Feed}}', 'item-1', 'https://lakeside-courier.example/a/ferry', 1000);
            INSERT INTO articles (id, feed_url, item_id, canonical_url, title, published_at, first_seen_at, text_hash, quotes_json, key_sentences_json, partial)
            VALUES (1, '{{Feed}}', 'item-1', 'https://lakeside-courier.example/a/ferry', 'Ferry timetable changes', NULL, 1000, 'abc',
                    '[{"text":"We listened","speaker":"Marta Quillon"}]', '[]', 0);
            INSERT INTO articles_fts (rowid, title, body, quotes) VALUES (1, 'Ferry timetable changes', 'Body', 'We listened');
            INSERT INTO digests (id, idempotency_key, created_at) VALUES (1, 'harbour|2026-03-01', 1000);
            INSERT INTO outbox_messages (digest_id, sequence, channel_id, nonce, payload_json) VALUES (1, 0, '900000000000000001', 'n-1', '{}');
            """;
        await insert.ExecuteNonQueryAsync(ct);
        Assert.Equal(1, await SchemaMigrator.CurrentVersionAsync(connection, null, ct));
    }
}
