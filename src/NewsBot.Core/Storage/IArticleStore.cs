namespace NewsBot.Core.Storage;

public interface IArticleStore
{
    /// <summary>Whether the item id or the canonical URL was seen before, and by this feed or only by others.</summary>
    Task<ItemNovelty> CheckAsync(ArticleIdentity identity, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="CheckAsync"/> for each of a feed's items, in order (the database stores ask on one connection, not one
    /// per item). Stores without connections check one by one.
    /// </summary>
    async Task<IReadOnlyList<ItemNovelty>> CheckAllAsync(IReadOnlyList<ArticleIdentity> identities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var novelty = new ItemNovelty[identities.Count];
        for (var i = 0; i < identities.Count; i++)
            novelty[i] = await CheckAsync(identities[i], cancellationToken);
        return novelty;
    }

    /// <summary>
    /// Records that the identity's feed carried the URL even though another feed saw it first, so the feed's digests
    /// list the article (see <see cref="ListForFeedsAsync"/>) and its next check answers <see cref="ItemNovelty.SeenInThisFeed"/>.
    /// Does nothing when the feed already has that item id.
    /// </summary>
    /// <param name="isBackfill">The item belongs to the feed's backlog: recorded as seen, but never brings the article to a digest.</param>
    Task RecordSightingAsync(ArticleIdentity identity, bool isBackfill, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the article and returns true, or returns false and stores nothing when its item id or canonical URL was
    /// seen before by any feed (one article per URL).
    /// </summary>
    Task<bool> TryAddAsync(ArticleRecord article, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="TryAddAsync"/> for each of a feed's new articles, in order, in one transaction (one commit instead of one
    /// per article); an article whose item id or URL an earlier one of the batch took is not stored. The result says, per
    /// article, whether it was stored. Stores without transactions add them one by one.
    /// </summary>
    async Task<IReadOnlyList<bool>> TryAddAllAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var stored = new bool[articles.Count];
        for (var i = 0; i < articles.Count; i++)
            stored[i] = await TryAddAsync(articles[i], cancellationToken);
        return stored;
    }

    /// <summary>
    /// Records an identity without an article (e.g. the backlog of a newly added feed) so it never counts as new.
    /// Returns true when it was new; records nothing when its item id or canonical URL was seen by any feed.
    /// </summary>
    Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken);

    /// <summary>Articles first seen at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Deliverable articles (not <see cref="ArticleRecord.IsBackfill"/>) that any of the given feeds carried, whichever feed
    /// stored them, whose earliest non-backfill sighting by those feeds falls in [<paramref name="since"/>, <paramref name="until"/>):
    /// a digest window. Each article once, in order of that sighting, oldest first.
    /// </summary>
    Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The article stored under that canonical URL, or null.</summary>
    Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken);

    /// <summary>
    /// Articles first seen at or after <paramref name="since"/> that any of <paramref name="feedUrls"/> carried (whichever
    /// feed stored them) and whose title, text or quotes match <paramref name="query"/>, best match first. The query is
    /// in the topic query language (words and "phrases" all required, <c>OR</c>, <c>-word</c>, <c>word*</c>; case and
    /// accents ignored); one that does not parse, or only excludes, finds nothing. The feeds filter before the ranking
    /// and the limit, so other feeds' better matches never crowd these out.
    /// </summary>
    Task<IReadOnlyList<StoredArticle>> SearchAsync(
        string query, IReadOnlyCollection<string> feedUrls, DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
