namespace NewsBot.Ingestion.Discovery;

/// <summary>One discovery's state: the request budget, what was fetched and found, and which addresses were seen.</summary>
internal sealed class DiscoveryRun(int maxRequests)
{
    private readonly List<DiscoveryAttempt> _tried = [];
    private readonly List<DiscoveredFeed> _found = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _untried;

    public bool HasFeed => _found.Any(f => !f.IsComments);

    public bool HasBudget => _tried.Count < maxRequests;

    /// <summary>True when <paramref name="url"/> may be fetched now: not seen before, and a request left (else counted as untried).</summary>
    public bool TryClaim(Uri url)
    {
        if (!_seen.Add(url.AbsoluteUri))
            return false;
        if (HasBudget)
            return true;
        _untried++;
        return false;
    }

    /// <summary>A redirect's target is as good as seen: the same feed is not offered twice.</summary>
    public void Saw(Uri url) => _seen.Add(url.AbsoluteUri);

    public void Tried(Uri url, string via, string outcome) => _tried.Add(new DiscoveryAttempt(url, via, outcome));

    public void Found(DiscoveredFeed feed)
    {
        if (_found.All(f => f.Url.AbsoluteUri != feed.Url.AbsoluteUri))
            _found.Add(feed);
    }

    public DiscoveryResult Result(Uri page, bool pageIsFeed) =>
        new(page, [.. _found.OrderBy(f => f.IsComments)], [.. _tried], pageIsFeed, _untried);
}
