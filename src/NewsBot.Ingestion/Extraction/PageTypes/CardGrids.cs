using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Finds repeated sibling cards: children of one parent that share a tag and first class, each a box with a title link
/// and a heading or a teaser of its own (text that is not link text). Listings and shop categories are made of them;
/// a navigation menu's items are links alone, and an article's paragraphs are no boxes. Page furniture is not searched.
/// </summary>
internal static class CardGrids
{
    private const int MinimumCards = 4;
    private const int MinimumTeaserChars = 20;
    private const int MaxCardChars = 3_000;
    private const int MaxCardScanNodes = 400;
    private const int MinimumTitleChars = 15;

    public static CardGrid Largest(IElement body, ExcludedNodes excluded, DocumentStats stats)
    {
        var best = default(CardGrid);
        foreach (var parent in DomWalker.Descendants(body, enter: n => !excluded.Contains(n) && !IsFurniture(n)).OfType<IElement>())
        {
            if (parent.ChildElementCount < MinimumCards)
            {
                continue;
            }

            var group = DomWalker.ChildElements(parent).Where(c => !excluded.Contains(c)).GroupBy(Signature)
                .MaxBy(g => g.Count());
            if (group is null || group.Count() < MinimumCards)
            {
                continue;
            }

            var cards = group.Where(c => IsCard(c, stats.For(c))).ToList();
            var grid = new CardGrid(cards.Count, cards.Sum(c => stats.For(c).TextLength), cards.Count(c => DomText.Scan(c, 500, StructureVotes.HasPrice)));
            if (grid.Cards >= MinimumCards && grid.TextLength > best.TextLength)
            {
                best = grid;
            }
        }

        return best;
    }

    /// <summary>The tag and first class name; asked of every child of every wide parent, so a lone class name is not copied.</summary>
    private static (string Tag, string FirstClass) Signature(IElement element)
    {
        var classes = element.GetAttribute("class")?.Trim(' ') ?? "";
        var space = classes.IndexOf(' ', StringComparison.Ordinal);
        return (element.LocalName, space < 0 ? classes : classes[..space]);
    }

    /// <summary>
    /// A box (not a paragraph: an article's paragraphs with links are siblings too) holding a link long enough to be an
    /// item's title, and a heading or a teaser of its own: a list of links alone is navigation or "related".
    /// </summary>
    private static bool IsCard(IElement card, NodeStats stats)
    {
        if (card.LocalName is not ("div" or "li" or "article" or "section" or "tr" or "figure") || stats.TextLength is 0 or > MaxCardChars)
        {
            return false;
        }

        var inside = DomWalker.DescendantElements(card, MaxCardScanNodes).ToList();
        var titleLink = inside.Any(e => e.LocalName == "a" && e.HasAttribute("href") && DomText.Scan(e, MinimumTitleChars, static text => text.Length) >= MinimumTitleChars);
        var headed = inside.Any(e => e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6");
        return titleLink && (headed || stats.TextLength - stats.LinkTextLength >= MinimumTeaserChars);
    }

    private static bool IsFurniture(INode node) =>
        node is IElement e && (e.LocalName is "nav" or "footer" or "aside" or "header" or "script" or "style" or "noscript" or "template" or "select"
            || e.GetAttribute("role") is "navigation" or "contentinfo" or "complementary" or "banner");
}
