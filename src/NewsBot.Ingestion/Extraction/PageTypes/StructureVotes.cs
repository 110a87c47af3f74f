using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// What the markup looks like: repeated posts make a thread, a grid of cards (each a titled link) a listing, many
/// prices a shop category and a few with a cart button a product, code blocks next to a long link column documentation.
/// </summary>
internal static partial class StructureVotes
{
    private const int MaxScannedChars = 200_000;

    private static readonly System.Buffers.SearchValues<char> CurrencySigns = System.Buffers.SearchValues.Create("$€£¥");
    private static readonly string[] CurrencyCodes = ["EUR", "USD", "GBP", "kr", "zł"];

    /// <summary>A grid of this many cards holding this share of the page's text makes a listing, or with prices a shop category.</summary>
    private const int MinimumGridCards = 6;
    private const double MinimumGridShare = 0.3;
    private const double GridWeight = 2.5;

    public static bool HasPrice(ReadOnlySpan<char> text) => MayHoldPrice(text) && Price().IsMatch(text);

    /// <param name="stats">The body's measures with <paramref name="furniture"/> excluded.</param>
    public static void Vote(IElement body, ExcludedNodes furniture, PageTypeVotes votes, DocumentStats stats)
    {
        var posts = ForumPosts.Find(body, furniture).Count;
        if (posts >= 3)
        {
            votes.Add(PageType.Forum, posts >= 6 ? 2 : 1);
        }

        var grid = CardGrids.Largest(body, furniture, stats);
        var pageText = Math.Max(1, stats.For(body).TextLength);
        if (grid.Cards >= MinimumGridCards && grid.TextLength >= pageText * MinimumGridShare)
        {
            votes.Add(grid.PricedCards * 2 >= grid.Cards ? PageType.Collection : PageType.Listing, GridWeight);
        }

        var (prices, cart) = DomText.Scan(body, MaxScannedChars, text => (MayHoldPrice(text) ? Price().Count(text) : 0, CartButton().IsMatch(text)));
        if (prices >= 8)
        {
            votes.Add(PageType.Collection, 1.5);
        }
        else if (prices >= 1 && cart)
        {
            votes.Add(PageType.Product, 1.5);
        }

        var codeBlocks = DomWalker.DescendantElements(body).Count(e => e.LocalName == "pre");
        if (codeBlocks >= 2)
        {
            votes.Add(PageType.Documentation, codeBlocks >= 5 ? 1.5 : 1);
        }
    }

    /// <summary>
    /// Every price names a currency by sign or code, which a vectorised search finds far faster than the pattern
    /// tries each digit: most pages name none and need no pattern.
    /// </summary>
    private static bool MayHoldPrice(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(CurrencySigns) >= 0)
        {
            return true;
        }

        foreach (var code in CurrencyCodes)
        {
            if (text.Contains(code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An amount with a currency sign or code before or after it ("$12.99", "12,99 €", "EUR 40").</summary>
    [GeneratedRegex(@"(?:[$€£¥]\s?\d{1,6}(?:[.,]\d{2})?\b)|(?:\b\d{1,6}(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|kr|zł)\b?)", RegexOptions.CultureInvariant)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:add to (?:cart|bag|basket)|buy now|in den warenkorb|ajouter au panier|añadir al carrito)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CartButton();
}
