using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Rules out the grids of other products on a product page (accessories, bundles, "all listings for this product",
/// whatever heading announces them, or none): sibling cards of one shape, each a link with a price of its own. The
/// product's own variants and quantity tiers are no links, and its description holds no run of priced cards.
/// </summary>
internal static class OtherProductGrids
{
    private const int MinimumCards = 3;

    /// <summary>A card is a small box: a wrapper with more text is a column of the page, not another product.</summary>
    private const int MaxCardChars = 1_000;

    /// <summary>
    /// More priced cards than a rail shows are the page's catalogue: a category page taken for a product, its items in
    /// rows of a few.
    /// </summary>
    private const int MaxRailCards = 12;

    private const int PriceScanChars = 500;

    /// <summary>A wrapper holding this share of the page's text is a column of the page, not a rail.</summary>
    private const double MaximumPageShare = 0.3;

    /// <param name="stats">The body's measures with nothing excluded.</param>
    public static void Exclude(IElement body, ExcludedNodes excluded, DocumentStats stats)
    {
        var pageText = Math.Max(1, stats.For(body).ReadableTextLength);
        var grids = new List<IElement>();
        var cards = 0;
        foreach (var node in excluded.Walk(body))
        {
            if (node is IElement { ChildElementCount: >= MinimumCards } parent && !grids.Any(parent.IsDescendantOf)
                && stats.For(parent).ReadableTextLength < pageText * MaximumPageShare
                && PricedCards(parent, stats) is >= MinimumCards and var priced)
            {
                grids.Add(parent);
                cards += priced;
            }
        }

        if (cards > MaxRailCards)
        {
            return;
        }

        foreach (var grid in grids)
        {
            excluded.Add(grid);
        }
    }

    /// <summary>The most children of one shape that are priced cards.</summary>
    private static int PricedCards(IElement parent, DocumentStats stats)
    {
        var cards = 0;
        foreach (var shape in DomWalker.ChildElements(parent).GroupBy(ElementShape))
        {
            cards = Math.Max(cards, shape.Count(child => IsPricedCard(child, stats)));
        }

        return cards;
    }

    private static bool IsPricedCard(IElement card, DocumentStats stats) =>
        stats.For(card).ReadableTextLength is > 0 and <= MaxCardChars
        && (card.LocalName == "a" || card.QuerySelector("a[href]") is not null)
        && DomText.Scan(card, PriceScanChars, StructureVotes.HasPrice);

    private static string ElementShape(IElement element) => $"{element.LocalName} {element.GetAttribute(null, "class")}";
}
