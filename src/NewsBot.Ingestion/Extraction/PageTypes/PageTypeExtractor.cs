using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Main text of the pages that are not articles. A thread keeps every post in order; listings, collections,
/// products, services and documentation keep their whole content region (item titles and descriptions, the
/// descriptive sections) without the page's furniture. Null when nothing is found, so the article path can try.
/// </summary>
internal static class PageTypeExtractor
{
    private const int MinimumPosts = 2;

    public static RegionText? Extract(IElement body, PageType type)
    {
        var stats = DocumentStats.Measure(body, new ExcludedNodes());
        var excluded = RegionFurniture.Apply(body, type, stats);
        var region = MainRegion.Find(body, excluded, stats);
        if (type == PageType.Forum && ForumPosts.Find(region, excluded) is { Count: >= MinimumPosts } posts)
        {
            return Written(posts, excluded);
        }

        return Written([region], excluded);
    }

    private static RegionText? Written(IReadOnlyList<IElement> roots, ExcludedNodes excluded)
    {
        var text = DuplicateBlocks.Remove(TextBlockWriter.Write(roots, excluded));
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var prose = roots.Sum(root => DocumentStats.Measure(root, excluded).For(root) is var stats ? stats.TextLength - stats.LinkTextLength : 0);
        return new RegionText(text, prose);
    }
}
