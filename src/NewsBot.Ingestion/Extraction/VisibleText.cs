using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The text nodes a reader sees near the top of a page, in document order, where shown metadata (a byline, a date)
/// sits: scripts, navigation, footers, sidebars and form controls are not walked into, and the walk stops after a budget.
/// </summary>
internal static class VisibleText
{
    private const int MaxTextNodes = 3_000;

    private static readonly object NodesKey = new();

    /// <summary>Read once per indexed page: the byline, the dates and the thread starter each walk these nodes.</summary>
    public static IReadOnlyList<IText> Nodes(IDocument document) =>
        DomIndex.Of(document) is { } index ? index.Memo.Remember(NodesKey, document, static page => Walk(page).ToList()) : Walk(document).ToList();

    private static IEnumerable<IText> Walk(IDocument document)
    {
        if (document.Body is not { } body)
        {
            yield break;
        }

        var seen = 0;
        foreach (var node in DomWalker.Descendants(body, enter: n => n is not IElement e || !IsOutsideContent(e)))
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                if (++seen > MaxTextNodes)
                {
                    yield break;
                }

                yield return text;
            }
        }
    }

    /// <summary>
    /// The text of the page's asides alone, in document order: the second place to look for a byline, where a page sets
    /// its article's credits in a side column ("Author(s)" over the names); navigation and footers stay out.
    /// </summary>
    public static IEnumerable<IText> AsideNodes(IDocument document)
    {
        if (document.Body is not { } body)
        {
            yield break;
        }

        var seen = 0;
        var asides = DomWalker.Descendants(body, enter: n => n is not IElement e || (!IsFurniture(e) && !IsAside(e))).OfType<IElement>().Where(IsAside).ToList();
        foreach (var node in asides.SelectMany(aside => DomWalker.Descendants(aside, enter: n => n is not IElement e || !IsFurniture(e))))
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                if (++seen > MaxTextNodes)
                {
                    yield break;
                }

                yield return text;
            }
        }
    }

    private static bool IsOutsideContent(IElement element) => IsFurniture(element) || IsAside(element);

    private static bool IsAside(IElement element) => element.LocalName == "aside" || element.GetAttribute(null, "role") == "complementary";

    private static bool IsFurniture(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "nav" or "select" or "svg" or "button" or "form"
        || (element.LocalName == "footer" && !InArticle(element))
        || element.GetAttribute(null, "role") is "navigation" or "contentinfo";

    /// <summary>
    /// A footer inside an &lt;article&gt; is that article's own (HTML: "who wrote it", its date), often its meta line
    /// before the text ("By Tomasz Quill · March 30, 2023"); only the page's footer is furniture.
    /// </summary>
    private static bool InArticle(IElement footer)
    {
        for (var ancestor = footer.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "article")
            {
                return true;
            }
        }

        return false;
    }
}
