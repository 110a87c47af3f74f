using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

internal sealed class SqliteArticleStore(SqliteDatabase database, TimeProvider timeProvider) : IArticleStore
{
    /// <summary>What <see cref="ArticleRows"/> reads, over articles <c>a</c> and their search entry <c>f</c> (PostgreSQL's store selects the same).</summary>
    internal const string ArticleColumns = """
        a.id, a.feed_url, a.item_id, a.canonical_url, a.title, a.outlet, a.published_at, a.first_seen_at,
               a.text_hash, f.body, a.quotes_json, a.key_sentences_json, a.partial, a.language, a.byline, a.backfill, a.image
        """;

    private const string ArticleSelect = "SELECT " + ArticleColumns + " FROM articles a JOIN articles_fts f ON f.rowid = a.id\n";

    // The feed set travels as one JSON array parameter, so any number of feeds is one statement (no parameter limit).
    // The window's sightings are range seeks on ix_seen_items_feed_url_seen_at; an article those feeds already carried
    // before the window was in an earlier digest, which the NOT EXISTS probe (on ix_seen_items_canonical_url) leaves out.
    internal const string ListForFeedsSql = """
        WITH feeds (url) AS (SELECT value FROM json_each($feeds)),
        sighted (canonical_url, sighted_at) AS (
            SELECT s.canonical_url, MIN(s.seen_at)
            FROM seen_items s
            WHERE s.feed_url IN (SELECT url FROM feeds) AND s.seen_at >= $since AND s.seen_at < $until AND s.backfill = 0
            GROUP BY s.canonical_url)
        """ + ArticleSelect + """

        JOIN sighted w ON w.canonical_url = a.canonical_url
        WHERE a.backfill = 0
          AND NOT EXISTS (
            SELECT 1 FROM seen_items e
            WHERE e.canonical_url = a.canonical_url AND e.seen_at < $since AND e.backfill = 0
              AND e.feed_url IN (SELECT url FROM feeds))
        ORDER BY w.sighted_at, a.id;
        """;

    public async Task<ItemNovelty> CheckAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return (await CheckAllAsync([identity], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<ItemNovelty>> CheckAllAsync(IReadOnlyList<ArticleIdentity> identities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var novelty = new ItemNovelty[identities.Count];
        if (identities.Count == 0)
            return novelty;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var check = SeenItems.CheckCommand(connection, transaction: null);
        for (var i = 0; i < identities.Count; i++)
            novelty[i] = await SeenItems.CheckAsync(check, identities[i], cancellationToken);
        return novelty;
    }

    public async Task RecordSightingAsync(ArticleIdentity identity, bool isBackfill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var seenAt = await SightingFloor.StampAsync(write, timeProvider.GetUtcNow(), cancellationToken);
        await SeenItems.InsertAsync(write.Connection, write.Transaction, identity, isBackfill, seenAt, cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    public async Task<bool> TryAddAsync(ArticleRecord article, CancellationToken cancellationToken) =>
        (await TryAddAllAsync([article], cancellationToken))[0];

    public async Task<IReadOnlyList<bool>> TryAddAllAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
            return [];
        var prepared = articles.Select(PreparedArticle.For).ToList();
        var stored = new bool[prepared.Count];
        // One write transaction for every check and insert: concurrent pollers cannot both store an item, and a feed's
        // articles cost one commit (one WAL sync), not one each.
        await using var write = await database.BeginWriteAsync(cancellationToken);
        // Stamped once the lock is held: a stamp taken before waiting for it could fall before a digest's window end and
        // commit after that digest read, and no later window would include it (SightingFloor closes the rest).
        var now = await SightingFloor.StampAsync(write, timeProvider.GetUtcNow(), cancellationToken);
        await using (var writer = new ArticleBatchWriter(write))
        {
            for (var i = 0; i < prepared.Count; i++)
                stored[i] = await writer.TryInsertAsync(prepared[i], now, cancellationToken);
        }
        await write.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var seenAt = await SightingFloor.StampAsync(write, timeProvider.GetUtcNow(), cancellationToken);
        var wasNew = await SeenItems.TryMarkSeenAsync(write.Connection, write.Transaction, identity, isBackfill: false, seenAt, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return wasNew;
    }

    public async Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSelect + " WHERE a.first_seen_at >= $since ORDER BY a.first_seen_at, a.id;";
        command.Parameters.AddWithValue("$since", UnixTime.ToMilliseconds(since));
        return await ArticleRows.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrls);
        if (feedUrls.Count == 0 || until <= since)
            return [];
        await SightingFloor.RaiseAsync(database, until, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ListForFeedsSql;
        command.Parameters.AddWithValue("$feeds", ArticleJson.Write(feedUrls.ToList()));
        command.Parameters.AddWithValue("$since", UnixTime.ToWindowBound(since));
        command.Parameters.AddWithValue("$until", UnixTime.ToWindowBound(until));
        return await ArticleRows.ReadAllAsync(command, cancellationToken);
    }

    public async Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSelect + " WHERE a.canonical_url = $url;";
        command.Parameters.AddWithValue("$url", canonicalUrl);
        var found = await ArticleRows.ReadAllAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<StoredArticle>> SearchAsync(
        string query, IReadOnlyCollection<string> feedUrls, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(feedUrls);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var match = FtsQuery.FromText(query);
        if (match is null || feedUrls.Count == 0)
            return [];
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Any sighting counts: an article stored from another feed is found through every feed that carried it.
        command.CommandText = ArticleSelect + """

            WHERE articles_fts MATCH $match AND a.first_seen_at >= $since
              AND EXISTS (
                SELECT 1 FROM seen_items s
                WHERE s.canonical_url = a.canonical_url AND s.feed_url IN (SELECT value FROM json_each($feeds)))
            ORDER BY f.rank
            LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$feeds", ArticleJson.Write(feedUrls.ToList()));
        command.Parameters.AddWithValue("$since", UnixTime.ToMilliseconds(since));
        command.Parameters.AddWithValue("$limit", limit);
        return await ArticleRows.ReadAllAsync(command, cancellationToken);
    }

    /// <summary>The SHA-256 of the text's UTF-8 bytes, encoded into a pooled buffer (issue 17: one array per article).</summary>
    internal static string HashText(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
