namespace NewsBot.Core.Storage;

public interface IArticleStore
{
    /// <summary>True when neither the item identity nor the canonical URL has been seen before.</summary>
    Task<bool> IsNewAsync(ArticleIdentity identity, CancellationToken cancellationToken);

    /// <summary>Stores the article and returns true, or returns false and stores nothing when it is not new.</summary>
    Task<bool> TryAddAsync(NewArticle article, CancellationToken cancellationToken);

    /// <summary>
    /// Records an identity without an article (e.g. the backlog of a newly added feed) so it never counts as new.
    /// Returns true when it was new.
    /// </summary>
    Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken);

    /// <summary>Articles first seen at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Deliverable articles (not <see cref="NewArticle.IsBackfill"/>) of the given feeds first seen in
    /// [<paramref name="since"/>, <paramref name="until"/>), oldest first: a digest window.
    /// </summary>
    Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The article stored under that canonical URL, or null.</summary>
    Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken);

    /// <summary>
    /// Articles first seen at or after <paramref name="since"/> whose title, text or quotes contain every word of
    /// <paramref name="query"/> (case- and accent-insensitive), best match first.
    /// </summary>
    Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
