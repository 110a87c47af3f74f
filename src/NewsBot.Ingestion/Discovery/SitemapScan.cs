namespace NewsBot.Ingestion.Discovery;

/// <summary>
/// What a sitemap turned out to be: a news sitemap (its entries, newest date, publication name), a plain one, an
/// index (its first children, <see cref="IndexCapped"/> when it listed more than were read), or not a sitemap.
/// </summary>
internal sealed record SitemapScan(SitemapShape Shape, int Entries, DateTimeOffset? Newest, string? Publication, IReadOnlyList<Uri> Children, bool IndexCapped)
{
    public static SitemapScan NotASitemap { get; } = new(SitemapShape.NotASitemap, 0, null, null, [], false);
}
