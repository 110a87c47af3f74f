using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Second, finer cleaning inside the chosen container, judged on its own statistics: the title heading,
/// link lists, "read more" rows and ad labels that sit between the paragraphs of the article.
/// </summary>
internal static class ContentPruner
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advert", "ad", "sponsored", "story continues below", "continue reading", "read more",
        "scroll to continue with content", "related", "share", "share this article", "don't miss", "see more",
        "comments", "most read", "this slideshow requires javascript",
    };

    /// <summary>Adds the clutter found under <paramref name="root"/> to <paramref name="excluded"/>.</summary>
    public static void Apply(IElement root, ExcludedNodes excluded)
    {
        var stats = DocumentStats.Measure(root, excluded);
        foreach (var node in excluded.Walk(root))
        {
            if (node is IElement element && IsClutter(element, stats.For(element)))
            {
                excluded.Add(element);
            }
        }
    }

    private static bool IsClutter(IElement element, NodeStats stats)
    {
        if (stats.TextLength == 0)
        {
            return false;
        }

        // The page title, repeated above the body; the article text starts below it.
        if (element.LocalName == "h1")
        {
            return true;
        }

        if (stats.TextLength < 40 && Labels.Contains(DomText.Of(element, 60).Trim(' ', ':', '.')))
        {
            return true;
        }

        return element.LocalName switch
        {
            "ul" or "ol" or "dl" or "div" or "section" or "table" or "nav" => stats.LinkDensity > 0.5,
            "p" or "li" or "h2" or "h3" or "h4" or "h5" or "h6" => stats.LinkDensity > 0.9 && stats.TextLength < 150,
            _ => false,
        };
    }
}
