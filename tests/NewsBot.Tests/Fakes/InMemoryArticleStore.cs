using NewsBot.Core.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The article store's contract in memory: an item is seen when its feed+id or its canonical URL was; one article per
/// URL, listed for every feed that carried it.
/// </summary>
internal sealed class InMemoryArticleStore(TimeProvider time) : IArticleStore
{
    private readonly Lock _gate = new();
    private readonly List<Sighting> _sightings = [];
    private readonly List<StoredArticle> _articles = [];

    public IReadOnlyList<NewArticle> Articles
    {
        get { lock (_gate) return [.. _articles.Select(a => a.Article)]; }
    }

    public Task<ItemNovelty> CheckAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(Check(identity));
    }

    public Task RecordSightingAsync(ArticleIdentity identity, bool isBackfill, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_sightings.Any(s => s.Identity.FeedUrl == identity.FeedUrl && s.Identity.ItemId == identity.ItemId))
                _sightings.Add(new Sighting(identity, time.GetUtcNow(), isBackfill));
            return Task.CompletedTask;
        }
    }

    public Task<bool> TryAddAsync(NewArticle article, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!TryMarkSeen(article.Identity, article.IsBackfill))
                return Task.FromResult(false);
            _articles.Add(new StoredArticle(_articles.Count + 1, time.GetUtcNow(), "", article));
            return Task.FromResult(true);
        }
    }

    public Task<bool> MarkSeenAsync(ArticleIdentity identity, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(TryMarkSeen(identity, isBackfill: false));
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
            var listed =
                from article in _articles
                where !article.Article.IsBackfill
                let sightings = _sightings.Where(s => !s.IsBackfill && s.Identity.CanonicalUrl == article.Article.Identity.CanonicalUrl
                    && feedUrls.Contains(s.Identity.FeedUrl)).ToList()
                where sightings.Count > 0
                let sightedAt = sightings.Min(s => s.SeenAt)
                where sightedAt >= since && sightedAt < until
                orderby sightedAt, article.Id
                select article;
            return Task.FromResult<IReadOnlyList<StoredArticle>>([.. listed]);
        }
    }

    public Task<StoredArticle?> FindByUrlAsync(string canonicalUrl, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_articles.FirstOrDefault(a => a.Article.Identity.CanonicalUrl == canonicalUrl));
    }

    public Task<IReadOnlyList<StoredArticle>> SearchAsync(string query, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The poller never searches.");

    private ItemNovelty Check(ArticleIdentity identity)
    {
        var sameUrl = _sightings.Where(s => s.Identity.CanonicalUrl == identity.CanonicalUrl).ToList();
        if (sameUrl.Any(s => s.Identity.FeedUrl == identity.FeedUrl)
            || _sightings.Any(s => s.Identity.FeedUrl == identity.FeedUrl && s.Identity.ItemId == identity.ItemId))
            return ItemNovelty.SeenInThisFeed;
        return sameUrl.Count > 0 ? ItemNovelty.SeenElsewhere : ItemNovelty.New;
    }

    private bool TryMarkSeen(ArticleIdentity identity, bool isBackfill)
    {
        if (Check(identity) != ItemNovelty.New)
            return false;
        _sightings.Add(new Sighting(identity, time.GetUtcNow(), isBackfill));
        return true;
    }

    private sealed record Sighting(ArticleIdentity Identity, DateTimeOffset SeenAt, bool IsBackfill);
}
