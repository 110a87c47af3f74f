namespace NewsBot.Persistence.Postgres;

/// <summary>An article's rows on PostgreSQL: the article and its search document in one statement.</summary>
internal static class PostgresArticleInsert
{
    private const string InsertSql = $"""
        WITH article AS (
            INSERT INTO articles (feed_url, item_id, canonical_url, title, outlet, published_at, first_seen_at,
                                  text_hash, quotes_json, key_sentences_json, partial, language, byline, backfill, image)
            VALUES (@feedUrl, @itemId, @canonicalUrl, @title, @outlet, @publishedAt, @firstSeenAt,
                    @textHash, @quotes, @keySentences, @partial, @language, @byline, @backfill, @image)
            RETURNING id),
        folded AS (
            SELECT {PostgresTextSearch.ConfigurationSql} AS config,
                   newsbot_fold(@title) AS title, newsbot_fold(@body) AS body, newsbot_fold(@quotesText) AS quotes)
        INSERT INTO articles_fts (id, title, body, quotes, config, document)
        SELECT article.id, @title, @body, @quotesText, folded.config,
               to_tsvector(folded.config, folded.title) || to_tsvector(folded.config, folded.body)
               || to_tsvector(folded.config, folded.quotes)
        FROM article, folded;
        """;

    /// <summary>Takes the URL locks of the transaction in one round trip, in URL order.</summary>
    public static async Task LockUrlsAsync(PostgresWrite write, IEnumerable<string> canonicalUrls, CancellationToken cancellationToken)
    {
        await using var command = write.CreateCommand("""
            SELECT count(pg_advisory_xact_lock(hashtext(@scope), hashtext(u)))
            FROM (SELECT DISTINCT u FROM unnest(@urls) AS u ORDER BY u) AS sorted;
            """);
        command.AddText("scope", PostgresSeenItems.UrlLock);
        command.AddTextArray("urls", canonicalUrls);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public static async Task InsertAsync(PostgresWrite write, PreparedArticle prepared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var article = prepared.Article;
        await using var insert = write.CreateCommand(InsertSql);
        PostgresSeenItems.AddIdentity(insert, article.Identity);
        insert.AddText("title", article.Title);
        insert.AddText("outlet", article.Outlet);
        insert.AddTime("publishedAt", article.PublishedAt);
        insert.AddTime("firstSeenAt", now);
        insert.AddText("textHash", prepared.TextHash);
        insert.AddText("quotes", prepared.QuotesJson);
        insert.AddText("keySentences", prepared.KeySentencesJson);
        insert.AddBool("partial", article.IsPartial);
        insert.AddText("language", article.Language);
        insert.AddText("byline", article.Byline);
        insert.AddBool("backfill", article.IsBackfill);
        insert.AddText("image", article.Image);
        insert.AddText("body", article.Text);
        insert.AddText("quotesText", prepared.QuotesText);
        insert.AddText("config", PostgresTextSearch.ConfigurationFor(article.Language));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
