using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// An element the page marks as its article body: <c>itemprop="articleBody"</c>, or a class or id such as
/// <c>article-body</c> or <c>entry-content</c>. A furniture-like class around it ("content-sidebar" grids,
/// "has-sidebar" wrappers) names the layout, not furniture.
/// </summary>
internal static class ArticleBodyMarker
{
    private static readonly HashSet<string> BodyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "entrycontent", "postcontent", "postbody",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyNameLookup = BodyNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Asked of elements about to be ruled out by their class. On an indexed page the marks are counted once by position,
    /// so an ask is two reads: nested furniture wrappers otherwise walked the same subtrees again and again.
    /// </summary>
    public static bool HoldsMarkedBody(IElement element)
    {
        if (DomIndex.Of(element) is { } index && index.TryPosition(element, out var position)
            && index.FitsBudget(position, ExtractionLimits.MaxNodes))
        {
            var marksBefore = index.MarksBefore(IsMarked);
            return marksBefore[index.Ends[position]] > marksBefore[position + 1];
        }

        return DomWalker.DescendantElements(element).Any(IsMarked);
    }

    public static bool IsMarked(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return ElementHints.NamesArticleBody(element);
    }

    /// <summary>A class or id word, lower case, without its hyphens and underscores, that names the article body.</summary>
    public static bool IsBodyName(ReadOnlySpan<char> joinedWord) => BodyNameLookup.Contains(joinedWord);
}
