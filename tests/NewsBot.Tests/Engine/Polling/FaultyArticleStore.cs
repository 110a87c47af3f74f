using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>An article store whose novelty check fails with an unexpected exception (a disk error, a bug); the rest delegates.</summary>
internal sealed class FaultyArticleStore(IArticleStore inner) : IArticleStore
{
    public Task<ItemNovelty> CheckAsync(ArticleIdentity identity, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("disk I/O error");

    public Task RecordSightingAsync(ArticleIdentity identity, bool isBackfill, CancellationToken cancellationToken) =>
        inner.RecordSightingAsync(identity, isBackfill, cancellationToken);

    public Task<bool> TryAddAsync(ArticleRecord article, CancellationToken cancellationToken) => inner.TryAddAsync(article, cancellationToken);

    public Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken) => inner.MarkSeenAsync(identity, cancellationToken);

    public Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ListSinceAsync(since, cancellationToken);

    public Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        inner.ListForFeedsAsync(feedUrls, since, until, cancellationToken);

    public Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        inner.FindByUrlAsync(canonicalUrl, cancellationToken);

    public Task<IReadOnlyList<StoredArticle>> SearchAsync(
        string query, IReadOnlyCollection<string> feedUrls, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        inner.SearchAsync(query, feedUrls, since, limit, cancellationToken);
}
