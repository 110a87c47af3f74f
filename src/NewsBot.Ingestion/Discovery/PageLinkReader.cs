using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion.Discovery;

/// <summary>
/// Reads a page's <c>&lt;link rel="alternate"&gt;</c> feeds of every type and its same-site links to feeds, resolved
/// against <c>&lt;base href&gt;</c> or the page's final address. Caps what it keeps, so a page of ten thousand links
/// costs no more requests than one with three.
/// </summary>
internal static class PageLinkReader
{
    public const int MaxAlternates = 12;
    public const int MaxAnchors = 4;

    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
        "application/x-rss+xml", "application/x-atom+xml", "application/x.atom+xml", "text/xml", "application/xml",
    };

    private static readonly string[] FeedSuffixes = [".xml", ".rss", ".atom", ".rdf"];
    private static readonly string[] FeedSegments = ["feed", "rss", "atom", "feeds"];

    public static PageLinks Read(string html, Uri pageUri)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var baseUri = Resolve(pageUri, document.QuerySelector("base[href]")?.GetAttribute("href")) ?? pageUri;
        var alternates = document.QuerySelectorAll("link[href]")
            .Where(IsFeedLink)
            .Select(l => (Link: l, Url: Resolve(baseUri, l.GetAttribute("href"))))
            .Where(l => l.Url is not null)
            .Select(l => new FeedCandidate(l.Url!, CandidateSources.Alternate, IsComments(l.Link, l.Url!)))
            .DistinctBy(c => c.Url.AbsoluteUri)
            .Take(MaxAlternates)
            .ToList();
        var anchors = document.QuerySelectorAll("a[href]")
            .Select(a => Resolve(baseUri, a.GetAttribute("href")))
            .Where(u => u is not null && SameSite(u, pageUri) && LooksLikeFeed(u))
            .Select(u => new FeedCandidate(u!, CandidateSources.PageLink, u!.AbsolutePath.Contains("comments", StringComparison.OrdinalIgnoreCase)))
            .Where(c => alternates.All(a => a.Url.AbsoluteUri != c.Url.AbsoluteUri))
            .DistinctBy(c => c.Url.AbsoluteUri)
            .Take(MaxAnchors)
            .ToList();
        var generator = document.QuerySelector("meta[name='generator' i]")?.GetAttribute("content");
        var canonical = Resolve(baseUri, document.QuerySelector("link[rel='canonical' i]")?.GetAttribute("href"));
        return new PageLinks(alternates, anchors, generator, canonical);
    }

    public static Uri? Resolve(Uri baseUri, string? href) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(baseUri, href.Trim(), out var uri) && uri.Scheme is "http" or "https"
            ? new UriBuilder(uri) { Fragment = "" }.Uri : null;

    /// <summary>Same host, give or take "www.": a page's links to other sites are not its feeds.</summary>
    public static bool SameSite(Uri? candidate, Uri page) =>
        candidate is not null && string.Equals(Bare(candidate.Host), Bare(page.Host), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static bool IsFeedLink(IElement link)
    {
        var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && !rel.Contains("feed", StringComparer.OrdinalIgnoreCase))
            return false;
        var type = (link.GetAttribute("type") ?? "").Split(';')[0].Trim();
        // Plain JSON alternates are mostly APIs (WordPress's wp-json), not JSON Feeds; kept only when they say "feed".
        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            return (link.GetAttribute("href") + " " + link.GetAttribute("title")).Contains("feed", StringComparison.OrdinalIgnoreCase);
        return FeedTypes.Contains(type) || (type.Length == 0 && rel.Contains("feed", StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsComments(IElement link, Uri url) =>
        (link.GetAttribute("title") ?? "").Contains("comment", StringComparison.OrdinalIgnoreCase)
        || url.AbsolutePath.Contains("comments", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeFeed(Uri? uri)
    {
        if (uri is null)
            return false;
        var path = uri.AbsolutePath.TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        return FeedSuffixes.Any(s => last.EndsWith(s, StringComparison.OrdinalIgnoreCase) && !last.StartsWith("sitemap", StringComparison.OrdinalIgnoreCase))
            || FeedSegments.Contains(last, StringComparer.OrdinalIgnoreCase);
    }
}
