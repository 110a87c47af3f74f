using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Rules out the furniture around the content region of a non-article page: scripts, hidden elements,
/// navigation, page header and footer, sidebars, cookie and newsletter boxes. Lighter than the article filter:
/// a forum keeps its posts' authors and dates (which the article filter drops as "comments" and "meta"),
/// a listing its item cards; documentation additionally drops its tables of contents and page navigation.
/// </summary>
internal static class RegionFurniture
{
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "megamenu", "breadcrumb", "breadcrumbs", "footer", "sidebar", "cookie", "cookies",
        "consent", "gdpr", "newsletter", "subscribe", "signup", "share", "sharing", "social", "modal", "popup", "skip",
        "advert", "advertisement", "ads", "banner", "related", "recommended", "recommendations", "toolbar", "drawer",
        "offcanvas", "announcement", "promo", "login", "signin", "search", "searchbox", "visually", "sr", "screen-reader-text",
    };

    private static readonly HashSet<string> DocumentationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "toc", "tableofcontents", "table-of-contents", "sidenav", "sidebar", "on-this-page", "onthispage", "pagination",
        "prev", "next", "prevnext", "edit", "feedback", "version", "versions", "headerlink", "anchor", "sphinxsidebar", "related",
    };

    /// <summary>A furniture-like class on an element holding this share of the page's text names a layout wrapper ("has-sidebar").</summary>
    private const double ShareThatProtects = 0.5;

    public static ExcludedNodes Apply(IElement body, PageType type, DocumentStats stats)
    {
        var excluded = new ExcludedNodes();
        var pageText = Math.Max(1, stats.For(body).TextLength);
        foreach (var node in excluded.Walk(body))
        {
            if (node is IElement element && IsFurniture(element, type, stats.For(element).TextLength >= pageText * ShareThatProtects))
            {
                excluded.Add(element);
            }
        }

        return excluded;
    }

    private static bool IsFurniture(IElement element, PageType type, bool holdsMostText)
    {
        var tag = element.LocalName;
        if ((HtmlTags.NonContent.Contains(tag) && tag != "figcaption") || IsHidden(element))
        {
            return true;
        }

        if (tag is "nav" or "footer" or "aside" or "menu" || (tag == "header" && !InsideContent(element)) || (tag == "form" && !HoldsMuchText(element)))
        {
            return true;
        }

        if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "search")
        {
            return true;
        }

        if (holdsMostText)
        {
            return false;
        }

        var words = HintWords(element);
        return words.Any(FurnitureWords.Contains) || (type == PageType.Documentation && words.Any(DocumentationWords.Contains));
    }

    private static bool InsideContent(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "main" or "article" || parent.GetAttribute("role") == "main")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>ASP.NET pages wrap the whole page in one form.</summary>
    private static bool HoldsMuchText(IElement form) => DomText.Of(form, 2_000).Length >= 2_000;

    private static IEnumerable<string> HintWords(IElement element) =>
        ElementHints.Of(element).Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries).Prepend(w));

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || "true".Equals(element.GetAttribute("aria-hidden"), StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { Length: < 300 } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));
}
