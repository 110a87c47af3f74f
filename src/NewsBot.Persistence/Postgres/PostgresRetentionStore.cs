using System.Globalization;
using NewsBot.Core.Storage;
using Npgsql;

namespace NewsBot.Persistence.Postgres;

/// <summary>
/// Pruning in batches of <see cref="BatchSize"/> rows, each its own statement, so no long transaction holds row locks
/// other instances' pollers and digests wait for. The rules are SQLite's (<see cref="SqliteRetentionStore"/>).
/// </summary>
internal sealed class PostgresRetentionStore(PostgresDatabase database) : IRetentionStore
{
    private const int BatchSize = 2000;

    // The search entry goes with its article (ON DELETE CASCADE).
    private const string Articles = """
        DELETE FROM articles WHERE id IN (SELECT id FROM articles WHERE first_seen_at < @before ORDER BY id LIMIT @batch);
        """;

    // An identity whose article is still stored stays (the article needs it, and it stops a repost).
    private const string SeenItems = """
        DELETE FROM seen_items WHERE (feed_url, item_id) IN (
            SELECT s.feed_url, s.item_id FROM seen_items s
            WHERE s.seen_at < @before
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.feed_url = s.feed_url AND a.item_id = s.item_id)
            LIMIT @batch);
        """;

    // A digest's messages go only when none of them is still waiting to be sent.
    private const string Messages = """
        DELETE FROM outbox_messages WHERE digest_id IN (
            SELECT d.id FROM digests d
            WHERE d.created_at < @before
              AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.digest_id = d.id AND m.receipt IS NULL AND m.failed_reason IS NULL)
            ORDER BY d.id LIMIT @batch);
        """;

    private const string Digests = """
        DELETE FROM digests WHERE id IN (
            SELECT d.id FROM digests d
            WHERE d.created_at < @before AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.digest_id = d.id)
            LIMIT @batch);
        """;

    // /topic show names each topic's last change, so the latest one of every topic stays.
    private const string Changes = """
        DELETE FROM topic_changes WHERE id IN (
            SELECT c.id FROM topic_changes c
            WHERE c.at < @before AND c.id <> (SELECT max(l.id) FROM topic_changes l WHERE l.topic_id = c.topic_id)
            LIMIT @batch);
        """;

    public async Task<PruneCounts> PruneAsync(RetentionCutoffs cutoffs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        var articles = await DeleteAllAsync(Articles, cutoffs.ArticlesBefore, cancellationToken);
        var seen = await DeleteAllAsync(SeenItems, cutoffs.SeenItemsBefore, cancellationToken);
        var messages = await DeleteAllAsync(Messages, cutoffs.DeliveredMessagesBefore, cancellationToken);
        var digests = await DeleteAllAsync(Digests, cutoffs.DeliveredMessagesBefore, cancellationToken);
        var changes = await DeleteAllAsync(Changes, cutoffs.HistoryBefore, cancellationToken);
        return new PruneCounts(articles, seen, digests, messages, changes);
    }

    /// <summary>The database's size; PostgreSQL reuses dead rows' space itself (autovacuum), so none is reported free.</summary>
    public async Task<DatabaseSize> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database());", connection);
        return new DatabaseSize(Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture), 0);
    }

    private async Task<int> DeleteAllAsync(string sql, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = 0;
        while (true)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.AddTime("before", before);
            command.AddInt("batch", BatchSize);
            var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
            if (deleted == 0)
                return total;
        }
    }
}
