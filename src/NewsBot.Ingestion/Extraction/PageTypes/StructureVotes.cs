using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// What the markup looks like: repeated posts make a thread, many prices a shop category and a few with a cart
/// button a product, code blocks next to a long link column documentation.
/// </summary>
internal static partial class StructureVotes
{
    private const int MaxScannedChars = 200_000;

    public static void Vote(IElement body, ExcludedNodes furniture, PageTypeVotes votes)
    {
        var posts = ForumPosts.Find(body, furniture).Count;
        if (posts >= 3)
        {
            votes.Add(PageType.Forum, posts >= 6 ? 2 : 1);
        }

        var text = DomText.Of(body, MaxScannedChars);
        var prices = Price().Count(text);
        var cart = CartButton().IsMatch(text);
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

    /// <summary>An amount with a currency sign or code before or after it ("$12.99", "12,99 €", "EUR 40").</summary>
    [GeneratedRegex(@"(?:[$€£¥]\s?\d{1,6}(?:[.,]\d{2})?\b)|(?:\b\d{1,6}(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|kr|zł)\b?)", RegexOptions.CultureInvariant)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b(?:add to (?:cart|bag|basket)|buy now|in den warenkorb|ajouter au panier|añadir al carrito)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CartButton();
}
