using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// What the address says about the page: forum software and documentation sites have recognisable paths,
/// shops put products and categories under fixed words, and dated paths are articles.
/// </summary>
internal static class UrlShape
{
    private static readonly string[] ForumSegments = ["t", "threads", "thread", "topic", "topics", "questions", "forum", "forums", "discussion", "discussions", "showthread.php", "viewtopic.php", "comments"];
    private static readonly string[] ForumHosts = ["forum", "forums", "community", "discuss", "discourse", "boards", "stackexchange", "stackoverflow", "reddit"];
    private static readonly string[] DocumentationSegments = ["docs", "doc", "documentation", "manual", "reference", "userguide", "user-guide", "handbook", "tutorial", "api", "guide", "book", "latest", "stable"];
    private static readonly string[] DocumentationHosts = ["docs", "doc", "developer", "developers", "devdocs", "wiki", "readthedocs"];
    private static readonly string[] ProductSegments = ["product", "products", "p", "dp", "item", "itm", "sku"];
    private static readonly string[] CollectionSegments = ["collections", "collection", "category", "categories", "c", "cat", "shop", "store", "catalog", "department"];
    private static readonly string[] ListingSegments = ["news", "blog", "blogs", "articles", "events", "archive", "archives", "tag", "tags", "page", "latest", "press", "resources", "issues", "library", "search",
        "newest", "trending", "technology", "science", "business", "politics", "sports", "world", "hub", "sections", "recipes", "jobs"];
    private static readonly string[] ServiceSegments = ["services", "service", "solutions", "pricing", "plans", "consulting", "hire", "book", "contact", "about"];

    public static void Vote(Uri? pageUri, PageTypeVotes votes)
    {
        if (pageUri is null || !pageUri.IsAbsoluteUri)
        {
            return;
        }

        var hostWords = pageUri.Host.ToLowerInvariant().Split('.', '-');
        var segments = pageUri.AbsolutePath.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments.Length == 0 ? "" : segments[^1];
        if (hostWords.Any(ForumHosts.Contains) || segments.Any(ForumSegments.Contains))
        {
            votes.Add(PageType.Forum, hostWords.Any(ForumHosts.Contains) && segments.Any(ForumSegments.Contains) ? 2.5 : 1.5);
        }

        if (hostWords.Any(DocumentationHosts.Contains) || segments.Any(DocumentationSegments.Contains))
        {
            votes.Add(PageType.Documentation, 1.5);
        }

        if (segments.Length >= 2 && segments[..^1].Any(ProductSegments.Contains))
        {
            votes.Add(PageType.Product, 1.5);
        }

        if (segments.Length >= 1 && segments.Length <= 3 && segments[..^1].Append(last).Any(CollectionSegments.Contains))
        {
            votes.Add(PageType.Collection, 1.0);
        }

        if (ListingSegments.Contains(last) || (segments.Length >= 2 && segments[^2] == "page" && last.All(char.IsAsciiDigit)))
        {
            votes.Add(PageType.Listing, 2.0);
        }

        if (segments.Any(s => ServiceSegments.Contains(s) || s.EndsWith("-services", StringComparison.Ordinal)))
        {
            votes.Add(PageType.Service, 1.0);
        }

        // A home page is a front page of items or a landing page, rarely one article.
        if (segments.Length == 0)
        {
            votes.Add(PageType.Listing, 1.0);
            votes.Add(PageType.Service, 1.0);
        }

        if (segments.Any(IsYear) || last.Count(c => c == '-') >= 5)
        {
            votes.Add(PageType.Article, 1.5);
        }
    }

    private static bool IsYear(string segment) =>
        segment.Length == 4 && segment.All(char.IsAsciiDigit) && segment[0] is '1' or '2';
}
