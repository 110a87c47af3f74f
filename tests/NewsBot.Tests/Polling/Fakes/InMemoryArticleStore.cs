using NewsBot.Core.Storage;

namespace NewsBot.Tests.Polling.Fakes;

/// <summary>The article store's contract in memory: an item is seen when its feed+id or its canonical URL was.</summary>
internal sealed class InMemoryArticleStore(TimeProvider time) : IArticleStore
{
    private readonly Lock _gate = new();
    private readonly HashSet<(string Feed, string Id)> _seenIds = [];
    private readonly HashSet<string> _seenUrls = new(StringComparer.Ordinal);
    private readonly List<StoredArticle> _articles = [];

    public IReadOnlyList<NewArticle> Articles
    {
        get { lock (_gate) return [.. _articles.Select(a => a.Article)]; }
    }

    public Task<bool> IsNewAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(!WasSeen(identity));
    }

    public Task<bool> TryAddAsync(NewArticle article, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!TryMarkSeen(article.Identity))
                return Task.FromResult(false);
            _articles.Add(new StoredArticle(_articles.Count + 1, time.GetUtcNow(), "", article));
            return Task.FromResult(true);
        }
    }

    public Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(TryMarkSeen(identity));
    }

    public Task<IReadOnlyList<StoredArticle>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<StoredArticle>>([.. _articles.Where(a => a.FirstSeenAt >= since)]);
    }

    public Task<IReadOnlyList<StoredArticle>> ListForFeedsAsync(
        IReadOnlyCollection<string> feedUrls, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredArticle>>([.. _articles.Where(a =>
                !a.Article.IsBackfill && feedUrls.Contains(a.Article.Identity.FeedUrl) && a.FirstSeenAt >= since && a.FirstSeenAt < until)]);
        }
    }

    public Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_articles.FirstOrDefault(a => a.Article.Identity.CanonicalUrl == canonicalUrl));
    }

    public Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The poller never searches.");

    private bool WasSeen(ArticleIdentity identity) =>
        _seenIds.Contains((identity.FeedUrl, identity.ItemId)) || _seenUrls.Contains(identity.CanonicalUrl);

    private bool TryMarkSeen(ArticleIdentity identity)
    {
        if (WasSeen(identity))
            return false;
        _seenIds.Add((identity.FeedUrl, identity.ItemId));
        _seenUrls.Add(identity.CanonicalUrl);
        return true;
    }
}
