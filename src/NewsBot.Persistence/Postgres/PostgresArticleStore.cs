using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Postgres;

internal sealed class PostgresArticleStore(PostgresDatabase database, TimeProvider timeProvider) : IArticleStore
{
    private const string ArticleSelect = "SELECT " + SqliteArticleStore.ArticleColumns + " FROM articles a JOIN articles_fts f ON f.id = a.id\n";

    // As SQLite's ListForFeedsSql: the window's sightings by these feeds, minus articles they carried before the window.
    private const string ListForFeedsSql = """
        WITH sighted AS (
            SELECT s.canonical_url, min(s.seen_at) AS sighted_at
            FROM seen_items s
            WHERE s.feed_url = ANY (@feeds) AND s.seen_at >= @since AND s.seen_at < @until AND NOT s.backfill
            GROUP BY s.canonical_url)
        """ + ArticleSelect + """
        JOIN sighted w ON w.canonical_url = a.canonical_url
        WHERE NOT a.backfill
          AND NOT EXISTS (
            SELECT 1 FROM seen_items e
            WHERE e.canonical_url = a.canonical_url AND e.seen_at < @since AND NOT e.backfill AND e.feed_url = ANY (@feeds))
        ORDER BY w.sighted_at, a.id;
        """;

    // Each article is matched and ranked with its own language's configuration. Any sighting counts: an article stored
    // from another feed is found through every feed that carried it.
    private const string SearchSql = ArticleSelect + """
        CROSS JOIN LATERAL (SELECT to_tsquery(f.config, newsbot_fold(@query)) AS query) q
        WHERE f.document @@ q.query AND a.first_seen_at >= @since
          AND EXISTS (SELECT 1 FROM seen_items s WHERE s.canonical_url = a.canonical_url AND s.feed_url = ANY (@feeds))
        ORDER BY ts_rank(f.document, q.query) DESC, a.id
        LIMIT @limit;
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
        for (var i = 0; i < identities.Count; i++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = PostgresSeenItems.CheckSql;
            PostgresSeenItems.AddIdentity(command, identities[i]);
            novelty[i] = PostgresSeenItems.Novelty((int)(await command.ExecuteScalarAsync(cancellationToken))!);
        }
        return novelty;
    }

    public async Task RecordSightingAsync(ArticleIdentity identity, bool isBackfill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var seenAt = await PostgresSightingFloor.StampAsync(write, timeProvider.GetUtcNow(), cancellationToken);
        await PostgresSeenItems.InsertAsync(write, identity, isBackfill, seenAt, cancellationToken);
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
        await using var write = await database.BeginWriteAsync(cancellationToken);
        // Stamped once the writers' shared lock is held: a window read waits for this write to end, so the stamp cannot
        // fall inside a window read without these articles, however long the URL locks below take.
        var now = await PostgresSightingFloor.StampAsync(write, timeProvider.GetUtcNow(), cancellationToken);
        // Writers of the same URL (on any instance) queue on its lock, so one article per URL without a unique-key failure;
        // taken all at once in URL order, so two batches sharing URLs cannot deadlock.
        await PostgresArticleInsert.LockUrlsAsync(write, articles.Select(a => a.Identity.CanonicalUrl), cancellationToken);
        for (var i = 0; i < prepared.Count; i++)
        {
            var article = prepared[i].Article;
            if (!await PostgresSeenItems.TryMarkSeenAsync(write, article.Identity, article.IsBackfill, now, cancellationToken))
                continue;
            await PostgresArticleInsert.InsertAsync(write, prepared[i], now, cancellationToken);
            stored[i] = true;
        }
        await write.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var seenAt = await PostgresSightingFloor.StampAsync(write, timeProvider.GetUtcNow(), cancellationToken);
        await write.LockAsync(PostgresSeenItems.UrlLock, identity.CanonicalUrl, cancellationToken);
        var wasNew = await PostgresSeenItems.TryMarkSeenAsync(write, identity, isBackfill: false, seenAt, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return wasNew;
    }

    public async Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSelect + " WHERE a.first_seen_at >= @since ORDER BY a.first_seen_at, a.id;";
        command.AddTime("since", since);
        return await ArticleRows.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrls);
        if (feedUrls.Count == 0 || until <= since)
            return [];
        await PostgresSightingFloor.RaiseAsync(database, until, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ListForFeedsSql;
        command.AddTextArray("feeds", feedUrls);
        command.AddWindowBound("since", since);
        command.AddWindowBound("until", until);
        return await ArticleRows.ReadAllAsync(command, cancellationToken);
    }

    public async Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSelect + " WHERE a.canonical_url = @url;";
        command.AddText("url", canonicalUrl);
        var found = await ArticleRows.ReadAllAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<StoredArticle>> SearchAsync(
        string query, IReadOnlyCollection<string> feedUrls, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(feedUrls);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var tsquery = PostgresTextSearch.QueryFromText(query);
        if (tsquery is null || feedUrls.Count == 0)
            return [];
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SearchSql;
        command.AddText("query", tsquery);
        command.AddTextArray("feeds", feedUrls);
        command.AddTime("since", since);
        command.AddInt("limit", limit);
        return await ArticleRows.ReadAllAsync(command, cancellationToken);
    }
}
