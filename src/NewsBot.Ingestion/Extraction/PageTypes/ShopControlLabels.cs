using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Drops the lines of a listing, collection or product text that are a shop's controls and merchandising badges
/// alone: buttons ("Add to cart", "Quick view", "Compare", "Learn more"), toolbar labels ("Filters", "Sort by"),
/// a spinner's "Loading…" and the badges stamped on many cards ("New", "Top rated", "Best seller"). Every card repeats
/// them, so they weigh on the text, and they say nothing about the item. An item's state ("Sold out", "In stock")
/// is about the item and stays; a line with a digit ("Add to cart (2)", "-30%") is no bare label.
/// </summary>
internal static partial class ShopControlLabels
{
    private const int MaxLabelChars = 40;

    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal)
    {
        // Buttons on a card or a product page.
        "add to cart", "add to bag", "add to basket", "add to wishlist", "add to wish list", "wishlist", "add to favorites",
        "add to favourites", "quick view", "quickview", "quick shop", "quick add", "compare", "add to compare", "view details",
        "view product", "shop now", "buy now", "choose options", "select options", "notify me", "learn more", "read more",
        "see more", "show more", "show less", "view more", "view all", "see all", "shop all", "load more", "view", "more", "close",
        // The grid's toolbar and spinner.
        "filters", "filter", "sort", "sort by", "clear all", "loading",
        // Merchandising badges.
        "new", "sale", "best seller", "bestseller", "top rated", "new arrival", "limited edition", "free shipping",
    };

    /// <summary>The text without its lines that are a bare control label or badge.</summary>
    public static string Remove(string text) => TextLines.Without(text, IsLabel);

    internal static bool IsLabel(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > MaxLabelChars || trimmed.Any(char.IsDigit))
        {
            return false;
        }

        var words = LetterRuns().Matches(trimmed).Select(match => match.Value.ToLowerInvariant());
        return Labels.Contains(string.Join(' ', words));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LetterRuns();
}
