using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>
/// The seen_items table: every identity ever met, with or without a stored article. A row whose canonical URL has an
/// article is also a sighting: it says that feed carried the article, which is what a digest lists.
/// </summary>
internal static class SeenItems
{
    private const string InsertSql = """
        INSERT OR IGNORE INTO seen_items (feed_url, item_id, canonical_url, seen_at, backfill)
        VALUES ($feedUrl, $itemId, $canonicalUrl, $seenAt, $backfill);
        """;

    /// <summary>The primary key answers the first probe, ix_seen_items_canonical_url the other two.</summary>
    private const string CheckSql = """
        SELECT CASE
            WHEN EXISTS (SELECT 1 FROM seen_items WHERE feed_url = $feedUrl AND item_id = $itemId)
              OR EXISTS (SELECT 1 FROM seen_items WHERE canonical_url = $canonicalUrl AND feed_url = $feedUrl) THEN 1
            WHEN EXISTS (SELECT 1 FROM seen_items WHERE canonical_url = $canonicalUrl) THEN 2
            ELSE 0
        END;
        """;

    /// <summary>Inserts the identity unless its item id or canonical URL was seen by any feed; true when it was new.</summary>
    public static async Task<bool> TryMarkSeenAsync(
        SqliteConnection connection, SqliteTransaction transaction, ArticleIdentity identity, bool isBackfill, DateTimeOffset seenAt,
        CancellationToken cancellationToken)
    {
        if (await CheckAsync(connection, transaction, identity, cancellationToken) != ItemNovelty.New)
            return false;
        await InsertAsync(connection, transaction, identity, isBackfill, seenAt, cancellationToken);
        return true;
    }

    /// <summary>Inserts the identity unless the feed already has that item id (the primary key).</summary>
    public static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, ArticleIdentity identity, bool isBackfill, DateTimeOffset seenAt,
        CancellationToken cancellationToken)
    {
        await using var insert = InsertCommand(connection, transaction);
        await InsertAsync(insert, identity, isBackfill, seenAt, cancellationToken);
    }

    public static Task InsertAsync(ReusedCommand insert, ArticleIdentity identity, bool isBackfill, DateTimeOffset seenAt, CancellationToken cancellationToken) =>
        SetIdentity(insert, identity).Set("$seenAt", UnixTime.ToMilliseconds(seenAt)).Set("$backfill", isBackfill).ExecuteAsync(cancellationToken);

    public static async Task<ItemNovelty> CheckAsync(
        SqliteConnection connection, SqliteTransaction? transaction, ArticleIdentity identity, CancellationToken cancellationToken)
    {
        await using var check = CheckCommand(connection, transaction);
        return await CheckAsync(check, identity, cancellationToken);
    }

    public static async Task<ItemNovelty> CheckAsync(ReusedCommand check, ArticleIdentity identity, CancellationToken cancellationToken) =>
        Convert.ToInt64(await SetIdentity(check, identity).ScalarAsync(cancellationToken), CultureInfo.InvariantCulture) switch
        {
            0 => ItemNovelty.New,
            1 => ItemNovelty.SeenInThisFeed,
            _ => ItemNovelty.SeenElsewhere,
        };

    public static ReusedCommand CheckCommand(SqliteConnection connection, SqliteTransaction? transaction) =>
        new(connection, transaction, CheckSql, "$feedUrl", "$itemId", "$canonicalUrl");

    public static ReusedCommand InsertCommand(SqliteConnection connection, SqliteTransaction transaction) =>
        new(connection, transaction, InsertSql, "$feedUrl", "$itemId", "$canonicalUrl", "$seenAt", "$backfill");

    public static ReusedCommand SetIdentity(ReusedCommand command, ArticleIdentity identity) =>
        command.Set("$feedUrl", identity.FeedUrl).Set("$itemId", identity.ItemId).Set("$canonicalUrl", identity.CanonicalUrl);
}
