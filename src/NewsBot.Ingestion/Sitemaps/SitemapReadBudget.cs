using NewsBot.Core.Feeds;

namespace NewsBot.Ingestion.Sitemaps;

/// <summary>What one poll of a sitemap index has read so far, against its byte and entry caps, and what failed.</summary>
internal sealed class SitemapReadBudget(SitemapOptions settings, List<string> warnings)
{
    private long _bytes;

    public List<FeedItem> Items { get; } = [];
    public int Attempted { get; set; }
    public int Succeeded { get; set; }
    public string? FirstFailure { get; private set; }

    public bool IsSpent => _bytes >= settings.MaxBytes || Items.Count >= settings.MaxUrls;

    /// <summary>Counts a fetched body; false (and nothing more read) when it takes the total over the byte cap.</summary>
    public bool TryConsume(long bytes, Uri uri)
    {
        _bytes += bytes;
        if (_bytes <= settings.MaxBytes)
            return true;
        Fail(uri, $"the index's sitemaps reached {settings.MaxBytes:N0} bytes (Sitemaps:MaxBytes)");
        return false;
    }

    public void Add(IEnumerable<FeedItem> items) => Items.AddRange(items.Take(settings.MaxUrls - Items.Count));

    public Feed? Fail(Uri uri, string reason)
    {
        FirstFailure ??= reason;
        warnings.Add($"{uri}: skipped, {reason}");
        return null;
    }
}
