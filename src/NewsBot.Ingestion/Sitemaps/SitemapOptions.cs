using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Sitemaps;

/// <summary>
/// Caps on what one poll of a sitemap may read: a sitemap index is followed one level, to at most
/// <see cref="MaxFiles"/> child sitemaps and <see cref="MaxBytes"/> bytes together, keeping <see cref="MaxUrls"/> entries.
/// </summary>
public sealed class SitemapOptions
{
    public const string SectionName = "Sitemaps";

    /// <summary>Child sitemaps of an index fetched per poll, newest (by lastmod) first.</summary>
    [Range(1, 200)]
    public int MaxFiles { get; set; } = 10;

    /// <summary>Bytes of child sitemaps read per poll, all children together (each is also under Fetching:MaxResponseBytes).</summary>
    [Range(10_000, 500_000_000)]
    public long MaxBytes { get; set; } = 20_000_000;

    /// <summary>Entries kept per poll, newest first.</summary>
    [Range(1, 50_000)]
    public int MaxUrls { get; set; } = 1000;

    /// <summary>
    /// Only entries (and child sitemaps) dated within this many hours are read: a news sitemap lists two days of
    /// articles, a plain one may list every page ever published. Undated entries are skipped.
    /// </summary>
    [Range(1, 720)]
    public int WindowHours { get; set; } = 48;

    public TimeSpan Window => TimeSpan.FromHours(WindowHours);
}
