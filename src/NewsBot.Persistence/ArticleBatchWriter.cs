using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>
/// Stores a batch of articles inside one write transaction, each statement prepared once for the batch and run again
/// for every article (<see cref="ReusedCommand"/>).
/// </summary>
internal sealed class ArticleBatchWriter(WriteTransaction write) : IAsyncDisposable
{
    private const string InsertArticleSql = """
        INSERT INTO articles (feed_url, item_id, canonical_url, title, outlet, published_at, first_seen_at,
                              text_hash, quotes_json, key_sentences_json, partial, language, byline, backfill, image)
        VALUES ($feedUrl, $itemId, $canonicalUrl, $title, $outlet, $publishedAt, $firstSeenAt,
                $textHash, $quotes, $keySentences, $partial, $language, $byline, $backfill, $image)
        RETURNING id;
        """;

    private const string IndexSql = "INSERT INTO articles_fts (rowid, title, body, quotes) VALUES ($id, $title, $body, $quotes);";

    private readonly ReusedCommand _check = SeenItems.CheckCommand(write.Connection, write.Transaction);
    private readonly ReusedCommand _markSeen = SeenItems.InsertCommand(write.Connection, write.Transaction);

    private readonly ReusedCommand _insert = new(
        write.Connection, write.Transaction, InsertArticleSql, "$feedUrl", "$itemId", "$canonicalUrl", "$title", "$outlet", "$publishedAt",
        "$firstSeenAt", "$textHash", "$quotes", "$keySentences", "$partial", "$language", "$byline", "$backfill", "$image");

    private readonly ReusedCommand _index = new(write.Connection, write.Transaction, IndexSql, "$id", "$title", "$body", "$quotes");

    /// <summary>Stores the article unless its item id or canonical URL was seen by any feed; true when it was new.</summary>
    public async Task<bool> TryInsertAsync(PreparedArticle prepared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = prepared.Article;
        if (await SeenItems.CheckAsync(_check, article.Identity, cancellationToken) != ItemNovelty.New)
            return false;
        await SeenItems.InsertAsync(_markSeen, article.Identity, article.IsBackfill, now, cancellationToken);

        var id = (long)(await SeenItems.SetIdentity(_insert, article.Identity)
            .Set("$title", article.Title)
            .Set("$outlet", article.Outlet)
            .Set("$publishedAt", UnixTime.ToDbValue(article.PublishedAt))
            .Set("$firstSeenAt", UnixTime.ToMilliseconds(now))
            .Set("$textHash", prepared.TextHash)
            .Set("$quotes", prepared.QuotesJson)
            .Set("$keySentences", prepared.KeySentencesJson)
            .Set("$partial", article.IsPartial)
            .Set("$language", article.Language)
            .Set("$byline", article.Byline)
            .Set("$image", article.Image)
            .Set("$backfill", article.IsBackfill)
            .ScalarAsync(cancellationToken))!;

        await _index.Set("$id", id).Set("$title", article.Title).Set("$body", article.Text).Set("$quotes", prepared.QuotesText)
            .ExecuteAsync(cancellationToken);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _check.DisposeAsync();
        await _markSeen.DisposeAsync();
        await _insert.DisposeAsync();
        await _index.DisposeAsync();
    }
}
