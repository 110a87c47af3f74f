namespace NewsBot.Ingestion.Discovery;

/// <summary>The <c>Sitemap:</c> lines of a robots.txt, news-looking ones first, capped.</summary>
internal static class RobotsSitemaps
{
    public const int MaxSitemaps = 20;

    public static IReadOnlyList<Uri> Read(string robots, Uri robotsUri) =>
        [.. robots.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("sitemap:", StringComparison.OrdinalIgnoreCase))
            .Select(l => PageLinkReader.Resolve(robotsUri, l["sitemap:".Length..]))
            .OfType<Uri>()
            .DistinctBy(u => u.AbsoluteUri)
            .Take(MaxSitemaps)
            .OrderBy(u => u.AbsoluteUri.Contains("news", StringComparison.OrdinalIgnoreCase) ? 0 : 1)];
}
