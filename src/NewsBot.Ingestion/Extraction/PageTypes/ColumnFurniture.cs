using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The furniture inside a page's content column that the region's rules keep: image captions and credits, the
/// footer's contact box, feedback and share bars, buttons, a lone short link on a line of its own ("Zurück zur
/// Übersicht", "nach oben", "Back to overview"), and the section a rail heading opens ("Mehr zum Thema", "Related
/// articles") when it is a small part of the page, whether its teasers are links or cards with text of their own.
/// Captions stay on a gallery, where they are the text.
/// </summary>
internal static class ColumnFurniture
{
    /// <summary>Class and id parts (a compound "darkFooter" or "feedback-wrapper" included) that name such furniture.</summary>
    private static readonly string[] HintStems = ["caption", "credit", "copyright", "feedback", "footer", "contact", "kontakt"];

    /// <summary>An element or a rail section holding more than this share of the page is content, whatever its name.</summary>
    private const double MaximumPageShare = 0.3;

    /// <summary>Captions holding this share of the page make it a gallery: they are its text.</summary>
    private const double GalleryCaptionShare = 0.3;

    /// <summary>A back link or a "top" link is a few words; an item's title is longer.</summary>
    private const int MaxLoneLinkWords = 4;

    private const int MaxLoneLinkChars = 40;

    /// <summary>The content region for a page read as a whole (not an article), without its column's furniture.</summary>
    /// <param name="bodyStats">The body's measures with nothing excluded.</param>
    public static ContentRegion Region(IElement body, DocumentStats bodyStats)
    {
        var excluded = RegionFurniture.Apply(body, PageType.Service, bodyStats);
        Exclude(body, excluded, bodyStats);
        return new ContentRegion([MainRegion.Find(body, excluded, bodyStats)], excluded);
    }

    private static void Exclude(IElement body, ExcludedNodes excluded, DocumentStats stats)
    {
        var pageText = Math.Max(1, stats.For(body).ReadableTextLength);
        var captions = new List<IElement>();
        var captionText = 0;
        foreach (var node in excluded.Walk(body))
        {
            if (node is not IElement element || element == body)
            {
                continue;
            }

            var own = stats.For(element);
            if (IsCaption(element, own, pageText))
            {
                captions.Add(element);
                captionText += own.ReadableTextLength;
            }
            else if (IsFurniture(element, own, pageText))
            {
                excluded.Add(element);
            }
        }

        if (captionText < pageText * GalleryCaptionShare)
        {
            captions.ForEach(excluded.Add);
        }

        ExcludeRailSections(body, excluded, stats, pageText);
    }

    private static bool IsCaption(IElement element, NodeStats own, int pageText) =>
        element.LocalName == "figcaption" || (own.ReadableTextLength <= pageText * MaximumPageShare && NamesAny(element, "caption", "credit", "copyright"));

    private static bool IsFurniture(IElement element, NodeStats own, int pageText) =>
        element.LocalName is "address" or "button"
        || (own.ReadableTextLength <= pageText * MaximumPageShare
            && (NamesAny(element, HintStems) || IsLoneShortLink(element, own)));

    private static bool NamesAny(IElement element, params ReadOnlySpan<string> stems)
    {
        var hint = ElementHints.Of(element);
        foreach (var stem in stems)
        {
            if (hint.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A paragraph or box whose whole text is one short link: a way back or up, not content.</summary>
    private static bool IsLoneShortLink(IElement element, NodeStats own) =>
        element.LocalName is "p" or "div"
        && own.TextLength is > 0 and <= MaxLoneLinkChars && own.LinkTextLength >= own.TextLength
        && TextMeasures.Words(element.TextContent) <= MaxLoneLinkWords;

    /// <summary>
    /// A rail heading closes its section: the heading (with the wrappers it opens) and what follows it there are
    /// teasers of other pages, when together they are a small part of the page.
    /// </summary>
    private static void ExcludeRailSections(IElement body, ExcludedNodes excluded, DocumentStats stats, int pageText)
    {
        var headings = excluded.WalkElements(body)
            .Where(e => HtmlTags.Headings.Contains(e.LocalName) && e.LocalName != "h1" && RecommendationRails.AnnouncesRail(e.TextContent))
            .ToList();
        foreach (var heading in headings)
        {
            var start = heading;
            while (start.ParentElement is { } parent && parent != body && parent.FirstElementChild == start
                && stats.For(parent).ReadableTextLength <= pageText * MaximumPageShare)
            {
                start = parent;
            }

            var section = new List<IElement>();
            var sectionText = 0;
            for (var sibling = start; sibling is not null; sibling = sibling.NextElementSibling)
            {
                section.Add(sibling);
                sectionText += stats.For(sibling).ReadableTextLength;
            }

            if (sectionText <= pageText * MaximumPageShare)
            {
                section.ForEach(excluded.Add);
            }
        }
    }
}
