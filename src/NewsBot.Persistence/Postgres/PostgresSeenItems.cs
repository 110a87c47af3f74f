using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Postgres;

/// <summary>The seen_items table on PostgreSQL (see <see cref="SeenItems"/>): every identity ever met.</summary>
internal static class PostgresSeenItems
{
    /// <summary>The advisory lock scope that serializes writers of one canonical URL across instances.</summary>
    public const string UrlLock = "seen_items.canonical_url";

    /// <summary>Inserts the identity unless its item id or canonical URL was seen by any feed; true when it was new.</summary>
    /// <remarks>The caller holds the URL's lock (<see cref="UrlLock"/>), so the check and the insert are one step.</remarks>
    public static async Task<bool> TryMarkSeenAsync(
        PostgresWrite write, ArticleIdentity identity, bool isBackfill, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        if (await CheckAsync(write, identity, cancellationToken) != ItemNovelty.New)
            return false;
        // The same item id under another URL may have been inserted by a writer holding another URL's lock.
        return await InsertAsync(write, identity, isBackfill, seenAt, cancellationToken);
    }

    /// <summary>Inserts the identity unless the feed already has that item id (the primary key); true when inserted.</summary>
    public static async Task<bool> InsertAsync(
        PostgresWrite write, ArticleIdentity identity, bool isBackfill, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        await using var insert = write.CreateCommand("""
            INSERT INTO seen_items (feed_url, item_id, canonical_url, seen_at, backfill)
            VALUES (@feedUrl, @itemId, @canonicalUrl, @seenAt, @backfill)
            ON CONFLICT (feed_url, item_id) DO NOTHING;
            """);
        AddIdentity(insert, identity);
        insert.AddTime("seenAt", seenAt);
        insert.AddBool("backfill", isBackfill);
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public static async Task<ItemNovelty> CheckAsync(PostgresWrite write, ArticleIdentity identity, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand(CheckSql);
        AddIdentity(command, identity);
        return Novelty((int)(await command.ExecuteScalarAsync(cancellationToken))!);
    }

    // The primary key answers the first probe, ix_seen_items_canonical_url the other two.
    public const string CheckSql = """
        SELECT CASE
            WHEN EXISTS (SELECT 1 FROM seen_items WHERE feed_url = @feedUrl AND item_id = @itemId)
              OR EXISTS (SELECT 1 FROM seen_items WHERE canonical_url = @canonicalUrl AND feed_url = @feedUrl) THEN 1
            WHEN EXISTS (SELECT 1 FROM seen_items WHERE canonical_url = @canonicalUrl) THEN 2
            ELSE 0
        END;
        """;

    public static ItemNovelty Novelty(int answer) => answer switch
    {
        0 => ItemNovelty.New,
        1 => ItemNovelty.SeenInThisFeed,
        _ => ItemNovelty.SeenElsewhere,
    };

    public static void AddIdentity(Npgsql.NpgsqlCommand command, ArticleIdentity identity)
    {
        command.AddText("feedUrl", identity.FeedUrl);
        command.AddText("itemId", identity.ItemId);
        command.AddText("canonicalUrl", identity.CanonicalUrl);
    }
}
