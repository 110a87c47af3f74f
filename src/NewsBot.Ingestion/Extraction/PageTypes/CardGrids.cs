using System.Runtime.InteropServices;
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

    /// <param name="links">Tallies the links and furniture the walk passes, for the page's link share.</param>
    public static CardGrid Largest(IElement body, ExcludedNodes excluded, DocumentStats stats, LinkTally links)
    {
        var best = default(CardGrid);
        var counts = new Dictionary<CardSignature, int>();
        foreach (var parent in DomWalker.Descendants(body, enter: n => !excluded.Contains(n) && !IsFurniture(n)).OfType<IElement>())
        {
            Tally(parent, stats, links);
            if (parent.ChildElementCount < MinimumCards)
            {
                continue;
            }

            var group = LargestGroup(parent, excluded, counts);
            if (group is null)
            {
                continue;
            }

            var grid = Grid(parent, group.Value, excluded, stats);
            if (grid.Cards >= MinimumCards && grid.TextLength > best.TextLength)
            {
                best = grid;
            }
        }

        return best;
    }

    /// <summary>
    /// The signature most children share (the first to appear among equals), when at least <see cref="MinimumCards"/> share it;
    /// counted in one reused table, as every wide parent of the page is asked.
    /// </summary>
    private static CardSignature? LargestGroup(IElement parent, ExcludedNodes excluded, Dictionary<CardSignature, int> counts)
    {
        counts.Clear();
        var (most, children) = (0, parent.ChildNodes);
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && !excluded.Contains(child))
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, CardSignature.Of(child), out _);
                most = Math.Max(most, ++count);
            }
        }

        if (most < MinimumCards)
        {
            return null;
        }

        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && !excluded.Contains(child) && counts[CardSignature.Of(child)] == most)
            {
                return CardSignature.Of(child);
            }
        }

        return null;
    }

    /// <summary>The cards among the children of the largest group's signature (no closure made per wide parent).</summary>
    private static CardGrid Grid(IElement parent, CardSignature signature, ExcludedNodes excluded, DocumentStats stats)
    {
        var (cards, textLength, priced) = (0, 0, 0);
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && !excluded.Contains(child) && CardSignature.Of(child).Equals(signature) && IsCard(child, stats.For(child)))
            {
                cards++;
                textLength += stats.For(child).TextLength;
                priced += DomText.Scan(child, 500, StructureVotes.HasPrice) ? 1 : 0;
            }
        }

        return new CardGrid(cards, textLength, priced);
    }

    private static void Tally(IElement element, DocumentStats stats, LinkTally links)
    {
        if (IsFurniture(element))
        {
            var furniture = stats.For(element);
            links.FurnitureChars += furniture.TextLength;
            links.FurnitureLinkChars += furniture.LinkTextLength;
        }
        else if (element.LocalName == "a" && stats.For(element).TextLength >= LinkTally.HeadlineLinkChars)
        {
            links.HeadlineLinks++;
        }
        else if (element.LocalName == "p")
        {
            links.AddParagraph(element, stats.For(element));
        }
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

        var (titleLink, headed) = (false, false);
        foreach (var e in DomWalker.DescendantElements(card, MaxCardScanNodes))
        {
            titleLink = titleLink || (e.LocalName == "a" && e.HasAttribute(null, "href") && DomText.Scan(e, MinimumTitleChars, static text => text.Length) >= MinimumTitleChars);
            headed = headed || e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";
            if (titleLink && headed)
            {
                break;
            }
        }

        return titleLink && (headed || stats.TextLength - stats.LinkTextLength >= MinimumTeaserChars);
    }

    private static bool IsFurniture(INode node) =>
        node is IElement e && (e.LocalName is "nav" or "footer" or "aside" or "header" or "script" or "style" or "noscript" or "template" or "select"
            || e.GetAttribute(null, "role") is "navigation" or "contentinfo" or "complementary" or "banner");
}
