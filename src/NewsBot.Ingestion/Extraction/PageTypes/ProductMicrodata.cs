using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The description a page declares for its product in microdata (<c>itemprop="description"</c> inside an
/// <c>itemscope</c> typed <c>Product</c>), for shops that mark up their page instead of writing JSON-LD. A review's or an
/// offer's description is another item's and is not read.
/// </summary>
internal static class ProductMicrodata
{
    /// <summary>The description element's markup, or null when the page declares none.</summary>
    public static string? DescriptionMarkup(IElement body)
    {
        foreach (var element in DomWalker.DescendantElements(body))
        {
            if (element.LocalName != "meta"
                && string.Equals(element.GetAttribute(null, "itemprop")?.Trim(), "description", StringComparison.OrdinalIgnoreCase)
                && IsProduct(ItemOf(element)))
            {
                return element.InnerHtml;
            }
        }

        return null;
    }

    /// <summary>The nearest enclosing element that starts an item.</summary>
    private static IElement? ItemOf(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.HasAttribute(null, "itemscope"))
            {
                return parent;
            }
        }

        return null;
    }

    private static bool IsProduct(IElement? item) =>
        item?.GetAttribute(null, "itemtype") is { } type
        && type.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(url => url.EndsWith("/Product", StringComparison.Ordinal) || url.EndsWith("/ProductGroup", StringComparison.Ordinal));
}
