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
        "offcanvas", "announcement", "promo", "login", "signin", "searchbox", "searchform", "visually", "sr", "screen-reader-text",
    };

    private static readonly HashSet<string> DocumentationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "toc", "tableofcontents", "table-of-contents", "sidenav", "sidebar", "on-this-page", "onthispage", "pagination",
        "prev", "next", "prevnext", "edit", "feedback", "version", "versions", "headerlink", "anchor", "sphinxsidebar", "related",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "not", "no", "non", "without" };

    /// <summary>A furniture-like class on an element holding this share of the page's text names a layout wrapper ("has-sidebar").</summary>
    private const double ShareThatProtects = 0.5;

    private const int MinimumFormParagraphs = 100;
    private const int MinimumFormText = 500;

    /// <summary>A shop page's description keeps its specifications, not its reviews and "you may also like" rails.</summary>
    private static readonly HashSet<string> ProductWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "review", "reviews", "carousel", "slider", "upsell", "crosssell", "cross-sell", "recently", "viewed", "recommendation",
        "complete-the-look", "ugc", "questions", "qa", "yotpo", "okendo", "bazaarvoice", "trustpilot", "klaviyo",
    };

    /// <summary>
    /// A thread keeps each post's author and date, not the poster's rank, counters and banners, the reactions bar or
    /// the signature under every post, nor the reply box and its "sign in to comment" teaser (Invision's
    /// cTopicPostArea, cGuestTeaser) or phpBB's profile column of rank, post count and join date.
    /// </summary>
    private static readonly HashSet<string> ForumWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "userExtras", "userTitle", "userBanner", "reactionsBar", "reactionSummary", "signature", "usertitle", "user-title",
        "postbit-signature", "user-stats", "userstats", "poster-stats", "cTopicPostArea", "cGuestTeaser", "postprofile",
    };

    /// <param name="byClassWords">
    /// False to rule out only what the markup's tags, roles and visibility declare furniture, for a page whose class names
    /// ruled out all its content (a shop's only product grid in a "related-product" section).
    /// </param>
    public static ExcludedNodes Apply(IElement body, PageType type, DocumentStats stats, bool byClassWords = true)
    {
        var excluded = new ExcludedNodes();
        // Readable text: a shop's inline JSON and CSS would otherwise outweigh the wrapper that holds the page.
        var pageText = Math.Max(1, stats.For(body).ReadableTextLength);
        foreach (var node in excluded.Walk(body))
        {
            if (node is IElement element && IsFurniture(element, type, stats, stats.For(element).ReadableTextLength >= pageText * ShareThatProtects, byClassWords))
            {
                excluded.Add(element);
            }
        }

        if (byClassWords)
        {
            RecommendationRails.Exclude(body, excluded, stats, plainLabels: type == PageType.Product);
            if (type == PageType.Product)
            {
                OtherProductGrids.Exclude(body, excluded, stats);
            }
        }

        return excluded;
    }

    /// <summary>
    /// Furniture by its tag, role or visibility alone, whatever the page's measures: every page type rules it out,
    /// so the region never holds its text.
    /// </summary>
    public static bool IsStructural(IElement element) => IsHidden(element) || IsOtherwiseStructural(element);

    private static bool IsOtherwiseStructural(IElement element)
    {
        var tag = element.LocalName;
        if (HtmlTags.NonContent.Contains(tag) && tag != "figcaption" && !IsServerRenderedContent(element))
        {
            return true;
        }

        return tag is "nav" or "footer" or "aside" or "menu" || (tag == "header" && !InsideContent(element))
            || element.GetAttribute(null, "role") is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "search";
    }

    private static bool IsFurniture(IElement element, PageType type, DocumentStats stats, bool holdsMostText, bool byClassWords)
    {
        if (ConsentDialog.Is(element))
        {
            return true;
        }

        // A hidden wrapper around most of the page is revealed by script (a shop's whole grid waits in "display:none").
        if (holdsMostText && IsHidden(element) && !IsOtherwiseStructural(element))
        {
            return false;
        }

        if (IsStructural(element) || (element.LocalName == "form" && !HoldsProse(element, stats)))
        {
            return true;
        }

        // A furniture-like class on an element holding most of the page's text names a layout wrapper ("has-sidebar").
        if (holdsMostText || !byClassWords)
        {
            return false;
        }

        var words = HintWords(element);
        return words.Any(FurnitureWords.Contains)
            || (type == PageType.Documentation && words.Any(DocumentationWords.Contains))
            || (type == PageType.Product && words.Any(ProductWords.Contains))
            || (type is PageType.Listing or PageType.Collection && FilterFacets.Is(element, words))
            || (type == PageType.Forum && words.Any(ForumWords.Contains));
    }

    private static bool InsideContent(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "main" or "article" || parent.GetAttribute(null, "role") == "main")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Forum software (Discourse, Flarum) serves the whole thread inside &lt;noscript&gt; for readers without scripts;
    /// a noscript with that much text is the page, not a tracking pixel.
    /// </summary>
    private static bool IsServerRenderedContent(IElement element) =>
        element.LocalName == "noscript" && DomText.Scan(element, 500, static text => text.Length) >= 500;

    /// <summary>
    /// Search and newsletter forms hold labels; ASP.NET pages, forum moderation forms and comment forms wrap posts,
    /// whose paragraphs stay.
    /// </summary>
    private static bool HoldsProse(IElement form, DocumentStats stats) =>
        stats.For(form) is var own && (own.ParagraphTextLength >= MinimumFormParagraphs || own.TextLength - own.LinkTextLength >= MinimumFormText);

    private static IEnumerable<string> HintWords(IElement element) =>
        ElementHints.Of(element).Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries).SelectMany(NamedParts);

    /// <summary>
    /// A word and its hyphenated parts, without a part that follows a negation: "wsite-not-footer" and "no-sidebar"
    /// name what the element is not.
    /// </summary>
    private static IEnumerable<string> NamedParts(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var negated = false;
        for (var i = 0; i < parts.Length; i++)
        {
            negated |= i > 0 && Negations.Contains(parts[i - 1]);
        }

        if (!negated)
        {
            yield return word;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (i == 0 || !Negations.Contains(parts[i - 1]))
            {
                yield return parts[i];
            }
        }
    }

    /// <summary>Hidden, unless it is a collapsed accordion or tab panel: a shop's specifications often wait in one.</summary>
    private static bool IsHidden(IElement element) =>
        (element.HasAttribute(null, "hidden")
        || "true".Equals(element.GetAttribute(null, "aria-hidden"), StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute(null, "style") is { Length: < 300 } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)))
        && !BoilerplateFilter.IsDisclosurePanel(element);
}
