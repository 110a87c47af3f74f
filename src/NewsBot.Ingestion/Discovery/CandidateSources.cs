namespace NewsBot.Ingestion.Discovery;

/// <summary>Where a candidate came from, as the "what was tried" list names it.</summary>
internal static class CandidateSources
{
    public const string Page = "page";
    public const string Alternate = "alternate link";
    public const string PageLink = "page link";
    public const string Platform = "platform";
    public const string Pattern = "pattern";
    public const string Robots = "robots.txt";
    public const string SitemapIndex = "sitemap index";
}
