using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// An element the page marks as its article body: <c>itemprop="articleBody"</c>, or a class or id such as
/// <c>article-body</c> or <c>entry-content</c>. A furniture-like class around it ("content-sidebar" grids,
/// "has-sidebar" wrappers) names the layout, not furniture.
/// </summary>
internal static class ArticleBodyMarker
{
    private const byte Unread = 0;
    private const byte Marked = 1;
    private const byte Unmarked = 2;

    private static readonly HashSet<string> BodyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "entrycontent", "postcontent", "postbody",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyNameLookup = BodyNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Asked of elements about to be ruled out by their class. On an indexed page each element's mark is read once and kept
    /// by position: nested furniture wrappers asked one after the other walk the same subtrees again.
    /// </summary>
    public static bool HoldsMarkedBody(IElement element)
    {
        if (DomIndex.Of(element) is not { } index || !index.TryPosition(element, out var position)
            || !index.FitsBudget(position, ExtractionLimits.MaxNodes))
        {
            return DomWalker.DescendantElements(element).Any(IsMarked);
        }

        var marks = index.BodyMarks;
        var end = index.Ends[position];
        for (var i = position + 1; i < end; i++)
        {
            if (index.Elements[i] is { } descendant)
            {
                marks[i] = marks[i] != Unread ? marks[i] : IsMarked(descendant) ? Marked : Unmarked;
                if (marks[i] == Marked)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsMarked(IElement element)
    {
        if (element.GetAttribute(null, "itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return ElementHints.NamesArticleBody(element);
    }

    /// <summary>A class or id word, lower case, without its hyphens and underscores, that names the article body.</summary>
    public static bool IsBodyName(ReadOnlySpan<char> joinedWord) => BodyNameLookup.Contains(joinedWord);
}
