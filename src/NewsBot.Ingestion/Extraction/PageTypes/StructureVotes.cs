using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// What the markup looks like: repeated posts make a thread, a grid of cards (each a titled link) or content made mostly
/// of headline links a listing, many prices a shop category and a few with a cart button a product, code blocks next
/// to a long link column documentation.
/// </summary>
internal static partial class StructureVotes
{
    private const int MaxScannedChars = 200_000;

    private static readonly System.Buffers.SearchValues<char> CurrencySigns = System.Buffers.SearchValues.Create("$€£¥");
    private static readonly System.Buffers.SearchValues<string> CurrencyCodes =
        System.Buffers.SearchValues.Create(["EUR", "USD", "GBP", "kr", "zł"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> CartButtonParts =
        System.Buffers.SearchValues.Create(["add to", "buy now", "in den waren", "panier", "carrito"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A grid of this many cards holding this share of the page's text makes a listing, or with prices a shop category.</summary>
    private const int MinimumGridCards = 6;
    private const double MinimumGridShare = 0.3;
    private const double GridWeight = 2.5;

    /// <summary>
    /// A page whose content (furniture aside) is this much link text, with this many headline links, is a front page or
    /// hub: on WCXB tune pages a quarter of articles' content is under 0.11 link text, half of listings' over 0.34.
    /// </summary>
    private const int MinimumHeadlineLinks = 8;
    private const double MinimumContentLinkShare = 0.35;
    private const double LinkDenseWeight = 2.5;

    /// <summary>
    /// One element's paragraphs holding this share of the content's prose are an article's body, however many links
    /// stand beside it; a listing's teasers sit one to a card.
    /// </summary>
    private const double ArticleParagraphRunShare = 0.5;

    public static bool HasPrice(ReadOnlySpan<char> text) => MayHoldPrice(text) && Price().IsMatch(text);

    /// <param name="stats">The body's measures with <paramref name="furniture"/> excluded.</param>
    public static void Vote(IElement body, ExcludedNodes furniture, PageTypeVotes votes, DocumentStats stats)
    {
        var posts = ForumPosts.Find(body, furniture).Count;
        if (posts >= 3)
        {
            votes.Add(PageType.Forum, posts >= 6 ? 2 : 1);
        }

        var links = new LinkTally();
        var grid = CardGrids.Largest(body, furniture, stats, links);
        var pageText = Math.Max(1, stats.For(body).TextLength);
        if (grid.Cards >= MinimumGridCards && grid.TextLength >= pageText * MinimumGridShare)
        {
            votes.Add(grid.PricedCards * 2 >= grid.Cards ? PageType.Collection : PageType.Listing, GridWeight);
        }

        if (links.HeadlineLinks >= MinimumHeadlineLinks && links.ContentLinkShare(stats.For(body)) >= MinimumContentLinkShare
            && links.LongestParagraphRun < links.ContentProse(stats.For(body)) * ArticleParagraphRunShare)
        {
            votes.Add(PageType.Listing, LinkDenseWeight);
        }

        var (prices, cart) = DomText.Scan(body, MaxScannedChars, text => (MayHoldPrice(text) ? Price().Count(text) : 0, MayHoldCartButton(text) && CartButton().IsMatch(text)));
        if (prices >= 8)
        {
            votes.Add(PageType.Collection, 1.5);
        }
        else if (prices >= 1 && cart)
        {
            votes.Add(PageType.Product, 1.5);
        }

        var codeBlocks = DomWalker.DescendantElementsNamed(body, "pre").Count();
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
        return text.IndexOfAny(CurrencySigns) >= 0 || text.ContainsAny(CurrencyCodes);
    }

    /// <summary>
    /// Every cart button phrase holds one of these (none with a letter the pattern's case folding widens, such as k or s):
    /// a vectorised search rules out the whole-page pattern on most pages.
    /// </summary>
    private static bool MayHoldCartButton(ReadOnlySpan<char> text) => text.ContainsAny(CartButtonParts);

    /// <summary>An amount with a currency sign or code before or after it ("$12.99", "12,99 €", "EUR 40").</summary>
    [GeneratedRegex(@"(?:[$€£¥]\s?\d{1,6}(?:[.,]\d{2})?\b)|(?:\b\d{1,6}(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|kr|zł)\b?)", RegexOptions.CultureInvariant)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:add to (?:cart|bag|basket)|buy now|in den warenkorb|ajouter au panier|añadir al carrito)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CartButton();
}
