using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>
/// Pruning in small write transactions (<see cref="BatchSize"/> rows each), so pollers and digests waiting for the write
/// lock are held up for milliseconds, not for the whole cleanup.
/// </summary>
internal sealed class SqliteRetentionStore(SqliteDatabase database) : IRetentionStore
{
    private const int BatchSize = 2000;

    // The same ids twice in one transaction: the search entry (rowid = article id) and the article itself.
    private const string OldArticles = "SELECT id FROM articles WHERE first_seen_at < $before ORDER BY id LIMIT $batch";

    private const string Articles = $"""
        DELETE FROM articles_fts WHERE rowid IN ({OldArticles});
        DELETE FROM articles WHERE id IN ({OldArticles});
        """;

    // An identity whose article is still stored stays (the article needs it, and it stops a repost).
    private const string SeenItems = """
        DELETE FROM seen_items WHERE rowid IN (
            SELECT s.rowid FROM seen_items s
            WHERE s.seen_at < $before
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.feed_url = s.feed_url AND a.item_id = s.item_id)
            LIMIT $batch);
        """;

    // A digest goes only when none of its messages is still waiting to be sent.
    private const string FinishedDigests = """
        SELECT d.id FROM digests d
        WHERE d.created_at < $before
          AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.digest_id = d.id AND m.receipt IS NULL AND m.failed_reason IS NULL)
        ORDER BY d.id LIMIT $batch
        """;

    private const string Messages = $"DELETE FROM outbox_messages WHERE digest_id IN ({FinishedDigests});";

    private const string Digests = """
        DELETE FROM digests WHERE id IN (
            SELECT d.id FROM digests d
            WHERE d.created_at < $before AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.digest_id = d.id)
            LIMIT $batch);
        """;

    // /topic show names each topic's last change, so the latest one of every topic stays.
    private const string Changes = """
        DELETE FROM topic_changes WHERE id IN (
            SELECT c.id FROM topic_changes c
            WHERE c.at < $before AND c.id <> (SELECT MAX(l.id) FROM topic_changes l WHERE l.topic_id = c.topic_id)
            LIMIT $batch);
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

    public async Task<DatabaseSize> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var pageSize = await PragmaAsync(connection, "page_size", cancellationToken);
        return new DatabaseSize(
            await PragmaAsync(connection, "page_count", cancellationToken) * pageSize,
            await PragmaAsync(connection, "freelist_count", cancellationToken) * pageSize);
    }

    private async Task<int> DeleteAllAsync(string sql, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var write = await database.BeginWriteAsync(cancellationToken);
            await using var command = write.CreateCommand(sql);
            command.Parameters.AddWithValue("$before", UnixTime.ToMilliseconds(before));
            command.Parameters.AddWithValue("$batch", BatchSize);
            // changes() counts the last statement only: an article's search entry is not counted again.
            command.CommandText += " SELECT changes();";
            var deleted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await write.CommitAsync(cancellationToken);
            total += deleted;
            if (deleted == 0)
                return total;
        }
    }

    private static async Task<long> PragmaAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
