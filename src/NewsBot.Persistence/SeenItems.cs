using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>The seen_items table: every identity ever met, with or without a stored article.</summary>
internal static class SeenItems
{
    /// <summary>Inserts the identity unless its item id or canonical URL was seen; true when it was new.</summary>
    public static async Task<bool> TryMarkSeenAsync(
        SqliteConnection connection, SqliteTransaction transaction, ArticleIdentity identity, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        if (await WasSeenAsync(connection, transaction, identity, cancellationToken))
            return false;
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO seen_items (feed_url, item_id, canonical_url, seen_at)
            VALUES ($feedUrl, $itemId, $canonicalUrl, $seenAt);
            """;
        AddIdentity(insert, identity);
        insert.Parameters.AddWithValue("$seenAt", UnixTime.ToMilliseconds(seenAt));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    public static async Task<bool> WasSeenAsync(
        SqliteConnection connection, SqliteTransaction? transaction, ArticleIdentity identity, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT EXISTS (
                SELECT 1 FROM seen_items WHERE feed_url = $feedUrl AND item_id = $itemId
                UNION ALL
                SELECT 1 FROM seen_items WHERE canonical_url = $canonicalUrl);
            """;
        AddIdentity(command, identity);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public static void AddIdentity(SqliteCommand command, ArticleIdentity identity)
    {
        command.Parameters.AddWithValue("$feedUrl", identity.FeedUrl);
        command.Parameters.AddWithValue("$itemId", identity.ItemId);
        command.Parameters.AddWithValue("$canonicalUrl", identity.CanonicalUrl);
    }
}
