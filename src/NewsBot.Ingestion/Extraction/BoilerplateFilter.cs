using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Rules out what is never article text: scripts and widgets, hidden elements, navigation, share bars,
/// related links, comments, newsletter and cookie boxes, captions. Furniture is kept when it wraps most of
/// the page's paragraph text, because some sites put the whole page inside a form or a "main-sidebar" div;
/// so are hidden elements (React streams its server-rendered content into a hidden div and moves it by script); React's
/// streamed parts (<see cref="StreamedSegment"/>) are never hidden.
/// A consent manager's dialog is never protected (<see cref="ConsentDialog"/>), nor is a "Skip to content" link
/// (<see cref="BypassLink"/>), nor are readers' comments below the headline (<see cref="ReadersComments"/>).
/// </summary>
internal static class BoilerplateFilter
{
    private const double ShareThatProtects = 0.5;
    private const int ProtectedMinimumText = 400;

    /// <summary>The subtrees of <paramref name="body"/> that cannot be article text; the DOM is left as it is.</summary>
    /// <param name="trustClassHints">False to trust only the most specific class names (comment, sidebar …) besides
    /// tags, roles and visibility: words such as "widget" or "hidden" mean boilerplate on one site and layout on another.</param>
    /// <param name="stats">The body's measures with nothing excluded.</param>
    public static ExcludedNodes Apply(IElement body, DocumentStats stats, bool trustClassHints = true)
    {
        var excluded = new ExcludedNodes();
        var pageParagraphText = Math.Max(1, stats.For(body).ParagraphTextLength);
        var comments = new ReadersComments(body);
        foreach (var node in excluded.Walk(body))
        {
            if (node is IElement element && ShouldRemove(element, stats.For(element), pageParagraphText, trustClassHints, comments))
            {
                excluded.Add(element);
            }
        }

        return excluded;
    }

    private static bool ShouldRemove(IElement element, NodeStats stats, int pageParagraphText, bool trustClassHints, ReadersComments comments)
    {
        var tag = element.LocalName;
        if (HtmlTags.NonContent.Contains(tag))
        {
            return true;
        }

        if (ConsentDialog.Is(element) || BypassLink.Is(element))
        {
            return true;
        }

        var holdsTheArticle = stats.ParagraphTextLength >= ProtectedMinimumText
            && stats.ParagraphTextLength >= pageParagraphText * ShareThatProtects
            && !comments.FollowHeadline(element);
        if (IsHidden(element) && !IsDisclosurePanel(element))
        {
            return !holdsTheArticle;
        }

        if (tag is "article" or "main" or "body")
        {
            return false;
        }

        if (HtmlTags.Furniture.Contains(tag) || IsFurnitureRole(element))
        {
            return !holdsTheArticle;
        }

        var furnitureClass = trustClassHints ? ElementHints.LooksLikeBoilerplate(element) : ElementHints.LooksLikeStrongBoilerplate(element);
        return furnitureClass && !holdsTheArticle && !ArticleBodyMarker.HoldsMarkedBody(element) && !SourceCode.HoldsToken(element);
    }

    /// <summary>
    /// A collapsed accordion or tab panel: hidden until the reader opens it, but part of the text
    /// (role="region" or "tabpanel" labelled by its button). The page types' furniture keeps it too.
    /// </summary>
    public static bool IsDisclosurePanel(IElement element) =>
        element.GetAttribute(null, "role") is { } role
        && (role.Equals("region", StringComparison.OrdinalIgnoreCase) || role.Equals("tabpanel", StringComparison.OrdinalIgnoreCase));

    private static bool IsFurnitureRole(IElement element) =>
        element.GetAttribute(null, "role") is { } role
        && (role.Equals("navigation", StringComparison.OrdinalIgnoreCase)
            || role.Equals("banner", StringComparison.OrdinalIgnoreCase)
            || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase)
            || role.Equals("complementary", StringComparison.OrdinalIgnoreCase)
            || role.Equals("dialog", StringComparison.OrdinalIgnoreCase));

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute(null, "hidden") || "true".Equals(element.GetAttribute(null, "aria-hidden"), StringComparison.OrdinalIgnoreCase))
        {
            return !StreamedSegment.Is(element);
        }

        var style = element.GetAttribute(null, "style");
        if (style is null || style.Length > ExtractionLimits.MaxHintChars)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
