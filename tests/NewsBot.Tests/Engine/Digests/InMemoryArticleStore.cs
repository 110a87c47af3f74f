using NewsBot.Core.Storage;

namespace NewsBot.Tests.Engine.Digests;

/// <summary>
/// The article store's digest side, in memory: what <see cref="IArticleStore.ListForFeedsAsync"/> promises when each article
/// was carried by the one feed that stored it, when it was stored.
/// </summary>
internal sealed class InMemoryArticleStore : IArticleStore
{
    private readonly List<StoredArticle> _articles = [];
    private readonly Dictionary<string, List<StoredArticle>> _byFeed = new(StringComparer.Ordinal);


    public void Add(params StoredArticle[] articles)
    {
        _articles.AddRange(articles);
        foreach (var article in articles)
        {
            var feed = article.Article.Identity.FeedUrl;
            if (!_byFeed.TryGetValue(feed, out var list))
                _byFeed[feed] = list = [];
            list.Add(article);
        }
    }

    public Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredArticle> found = feedUrls.Distinct(StringComparer.Ordinal)
            .SelectMany(feed => _byFeed.GetValueOrDefault(feed) ?? [])
            .Where(a => !a.Article.IsBackfill && a.FirstSeenAt >= since && a.FirstSeenAt < until)
            .OrderBy(a => a.FirstSeenAt)
            .ToList();
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredArticle>>(_articles.Where(a => a.FirstSeenAt >= since).ToList());

    public Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        Task.FromResult(_articles.FirstOrDefault(a => a.Article.Identity.CanonicalUrl == canonicalUrl));

    public Task<ItemNovelty> CheckAsync(ArticleIdentity identity, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RecordSightingAsync(ArticleIdentity identity, bool isBackfill, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> TryAddAsync(NewArticle article, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
