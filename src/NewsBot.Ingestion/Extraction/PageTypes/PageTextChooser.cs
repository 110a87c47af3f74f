using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Chooses between the article path and the page type's extraction. A page typed only by default (no evidence
/// either way) stays an article when the article path already holds most of the region's prose: what the region
/// adds is then link lists and furniture, not more content sections.
/// </summary>
internal static class PageTextChooser
{
    private const double ArticleShareOfProse = 0.6;

    public static (string Text, PageType Type) Choose(IElement body, PageTypeVerdict verdict, Func<IElement, string> articleText)
    {
        if (verdict.Type == PageType.Article)
        {
            return (articleText(body), PageType.Article);
        }

        if (PageTypeExtractor.Extract(body, verdict.Type) is not { } region)
        {
            return (articleText(body), verdict.Type);
        }

        if (verdict.IsDefault && articleText(body) is var article && article.Length >= region.ProseChars * ArticleShareOfProse)
        {
            return (article, PageType.Article);
        }

        return (region.Text, verdict.Type);
    }
}
