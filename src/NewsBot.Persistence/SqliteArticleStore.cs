using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

internal sealed class SqliteArticleStore(SqliteDatabase database, TimeProvider timeProvider) : IArticleStore
{
    private const string ArticleSelect = """
        SELECT a.id, a.feed_url, a.item_id, a.canonical_url, a.title, a.outlet, a.published_at, a.first_seen_at,
               a.text_hash, f.body, a.quotes_json, a.key_sentences_json, a.partial
        FROM articles a JOIN articles_fts f ON f.rowid = a.id
        """;

    public async Task<bool> IsNewAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var connection = await database.OpenAsync(cancellationToken);
        return !await WasSeenAsync(connection, null, identity, cancellationToken);
    }

    public async Task<bool> TryAddAsync(NewArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (!await TryMarkSeenAsync(connection, transaction, article.Identity, cancellationToken))
            return false;

        long id;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO articles (feed_url, item_id, canonical_url, title, outlet, published_at, first_seen_at,
                                      text_hash, quotes_json, key_sentences_json, partial)
                VALUES ($feedUrl, $itemId, $canonicalUrl, $title, $outlet, $publishedAt, $firstSeenAt,
                        $textHash, $quotes, $keySentences, $partial)
                RETURNING id;
                """;
            AddIdentity(insert, article.Identity);
            insert.Parameters.AddWithValue("$title", article.Title);
            insert.Parameters.AddWithValue("$outlet", (object?)article.Outlet ?? DBNull.Value);
            insert.Parameters.AddWithValue("$publishedAt", UnixTime.ToDbValue(article.PublishedAt));
            insert.Parameters.AddWithValue("$firstSeenAt", UnixTime.ToMilliseconds(timeProvider.GetUtcNow()));
            insert.Parameters.AddWithValue("$textHash", HashText(article.Text));
            insert.Parameters.AddWithValue("$quotes", ArticleJson.Write(article.Quotes));
            insert.Parameters.AddWithValue("$keySentences", ArticleJson.Write(article.KeySentences));
            insert.Parameters.AddWithValue("$partial", article.IsPartial);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        await using (var index = connection.CreateCommand())
        {
            index.Transaction = transaction;
            index.CommandText = "INSERT INTO articles_fts (rowid, title, body, quotes) VALUES ($id, $title, $body, $quotes);";
            index.Parameters.AddWithValue("$id", id);
            index.Parameters.AddWithValue("$title", article.Title);
            index.Parameters.AddWithValue("$body", article.Text);
            index.Parameters.AddWithValue("$quotes", string.Join('\n', article.Quotes.Select(q => q.Text)));
            await index.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var wasNew = await TryMarkSeenAsync(connection, transaction, identity, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return wasNew;
    }

    public async Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSelect + " WHERE a.first_seen_at >= $since ORDER BY a.first_seen_at, a.id;";
        command.Parameters.AddWithValue("$since", UnixTime.ToMilliseconds(since));
        return await ArticleReader.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var match = FtsQuery.FromText(query);
        if (match is null)
            return [];
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSelect + """

            WHERE articles_fts MATCH $match AND a.first_seen_at >= $since
            ORDER BY f.rank
            LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$since", UnixTime.ToMilliseconds(since));
        command.Parameters.AddWithValue("$limit", limit);
        return await ArticleReader.ReadAllAsync(command, cancellationToken);
    }

    /// <summary>Inserts the identity unless its item id or canonical URL was seen; true when it was new.</summary>
    private async Task<bool> TryMarkSeenAsync(
        SqliteConnection connection, SqliteTransaction transaction, ArticleIdentity identity, CancellationToken cancellationToken)
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
        insert.Parameters.AddWithValue("$seenAt", UnixTime.ToMilliseconds(timeProvider.GetUtcNow()));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> WasSeenAsync(
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
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static void AddIdentity(SqliteCommand command, ArticleIdentity identity)
    {
        command.Parameters.AddWithValue("$feedUrl", identity.FeedUrl);
        command.Parameters.AddWithValue("$itemId", identity.ItemId);
        command.Parameters.AddWithValue("$canonicalUrl", identity.CanonicalUrl);
    }

    private static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        throw new NotImplementedException("storage helper");

    public Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        throw new NotImplementedException("storage helper");
}
