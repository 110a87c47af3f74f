namespace NewsBot.Ingestion.Sitemaps;

/// <summary>The <see cref="Core.Feeds.Feed.Format"/> values a sitemap is parsed to.</summary>
public static class SitemapFormats
{
    /// <summary>A <c>&lt;urlset&gt;</c>, news sitemap or plain: its items are pages.</summary>
    public const string UrlSet = "sitemap";

    /// <summary>A <c>&lt;sitemapindex&gt;</c>: its items are child sitemaps, to be followed.</summary>
    public const string Index = "sitemapindex";

    public static bool IsSitemap(string format) => format is UrlSet or Index;
}
