using NewsBot.Core.Storage;

namespace NewsBot.Tests.Fakes;

/// <summary>
/// The article store's contract in memory: an item is seen when its feed+id or its canonical URL was; one article per
/// URL, listed for every feed that carried it, from when it was first seen there.
/// </summary>
/// <param name="time">Stamps new articles and sightings; without one, the Unix epoch.</param>
internal sealed class InMemoryArticleStore(TimeProvider? time = null) : IArticleStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Sighting>> _sightingsByUrl = new(StringComparer.Ordinal);
    private readonly HashSet<(string Feed, string Item)> _items = [];
    private readonly List<StoredArticle> _articles = [];
    private DateTimeOffset _sightingFloor = DateTimeOffset.MinValue;

    public IReadOnlyList<ArticleRecord> Articles
    {
        get { lock (_gate) return [.. _articles.Select(a => a.Article)]; }
    }

    /// <summary>Puts articles in as stored ones, each seen in its own feed at its <see cref="StoredArticle.FirstSeenAt"/>.</summary>
    public void Add(params StoredArticle[] articles)
    {
        lock (_gate)
        {
            foreach (var article in articles)
            {
                _articles.Add(article);
                AddSighting(new Sighting(article.Article.Identity, article.FirstSeenAt, article.Article.IsBackfill));
            }
        }
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
            if (!_items.Contains((identity.FeedUrl, identity.ItemId)))
                AddSighting(new Sighting(identity, Now, isBackfill));
            return Task.CompletedTask;
        }
    }

    public Task<bool> TryAddAsync(ArticleRecord article, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!TryMarkSeen(article.Identity, article.IsBackfill))
                return Task.FromResult(false);
            _articles.Add(new StoredArticle(_articles.Count + 1, Now, "", article));
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
        var feeds = feedUrls.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            if (until > _sightingFloor)
                _sightingFloor = until;
            var listed =
                from article in _articles
                where !article.Article.IsBackfill
                let sightings = _sightingsByUrl[article.Article.Identity.CanonicalUrl]
                    .Where(s => !s.IsBackfill && feeds.Contains(s.Identity.FeedUrl)).ToList()
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

    public Task<IReadOnlyList<StoredArticle>> SearchAsync(
        string query, IReadOnlyCollection<string> feedUrls, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Full-text search is SQLite's (FTS5); its tests use the real store.");

    /// <summary>As the real stores: never earlier than a window end already read.</summary>
    private DateTimeOffset Now
    {
        get
        {
            var now = time?.GetUtcNow() ?? DateTimeOffset.UnixEpoch;
            return now >= _sightingFloor ? now : _sightingFloor;
        }
    }

    private ItemNovelty Check(ArticleIdentity identity)
    {
        var sameUrl = _sightingsByUrl.GetValueOrDefault(identity.CanonicalUrl) ?? [];
        if (sameUrl.Any(s => s.Identity.FeedUrl == identity.FeedUrl) || _items.Contains((identity.FeedUrl, identity.ItemId)))
            return ItemNovelty.SeenInThisFeed;
        return sameUrl.Count > 0 ? ItemNovelty.SeenElsewhere : ItemNovelty.New;
    }

    private bool TryMarkSeen(ArticleIdentity identity, bool isBackfill)
    {
        if (Check(identity) != ItemNovelty.New)
            return false;
        AddSighting(new Sighting(identity, Now, isBackfill));
        return true;
    }

    private void AddSighting(Sighting sighting)
    {
        _items.Add((sighting.Identity.FeedUrl, sighting.Identity.ItemId));
        if (!_sightingsByUrl.TryGetValue(sighting.Identity.CanonicalUrl, out var sightings))
            _sightingsByUrl[sighting.Identity.CanonicalUrl] = sightings = [];
        sightings.Add(sighting);
    }

    private sealed record Sighting(ArticleIdentity Identity, DateTimeOffset SeenAt, bool IsBackfill);
}
