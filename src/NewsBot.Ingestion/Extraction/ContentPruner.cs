using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Second, finer cleaning inside the chosen container, judged on its own statistics: the title heading,
/// link lists, "read more" rows and ad labels that sit between the paragraphs of the article. A data table whose cells
/// are links stays (<see cref="DataTable"/>).
/// </summary>
internal static class ContentPruner
{
    private const int MinIntroChars = 25;
    private const int MaxIntroChars = 600;

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
            if (node is IElement element && IsClutter(element, stats.For(element)) && !CardTitle.Is(element, stats.For(element), stats))
            {
                excluded.Add(element);
            }
        }
    }

    /// <summary>
    /// A list the sentence before it announces ("Many patches were sent for review:") is part of the text, links or not;
    /// a "Related:" label is too short to count as that sentence.
    /// </summary>
    private static bool IsAnnouncedList(IElement element)
    {
        // A list wrapped alone in a div ("ulist") is announced before its wrapper.
        var announced = element;
        for (var level = 0; level < 2 && announced.PreviousElementSibling is null && announced.ParentElement is { LocalName: "div" } wrapper; level++)
        {
            announced = wrapper;
        }

        if (announced.PreviousElementSibling is not { } previous || previous.LocalName is not ("p" or "div"))
        {
            return false;
        }

        var intro = DomText.Of(previous, MaxIntroChars).AsSpan().TrimEnd();
        return intro.Length is >= MinIntroChars and < MaxIntroChars && intro[^1] == ':';
    }

    /// <summary>An item (or the paragraph inside an item) of an announced list: a list of links the text introduced.</summary>
    private static bool IsItemOfAnnouncedList(IElement element)
    {
        var item = element.LocalName == "li" ? element : element.ParentElement;
        return item is { LocalName: "li", ParentElement: { LocalName: "ul" or "ol" } list } && IsAnnouncedList(list);
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
            "ul" or "ol" or "dl" or "div" or "section" => stats.LinkDensity > 0.5 && !IsAnnouncedList(element),
            "table" => stats.LinkDensity > 0.5 && !IsAnnouncedList(element) && !DataTable.Is(element),
            "nav" => stats.LinkDensity > 0.5,
            "p" or "li" => stats.LinkDensity > 0.9 && stats.TextLength < 150 && !IsItemOfAnnouncedList(element),
            "h2" or "h3" or "h4" or "h5" or "h6" => stats.LinkDensity > 0.9 && stats.TextLength < 150,
            _ => false,
        };
    }
}
