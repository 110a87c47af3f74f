using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Chooses between the article path and the page type's extraction. A page of another type gets its type's extraction.
/// A page that may be an article stays one when the article path holds enough of the content region's prose: what
/// the region adds is then link lists and furniture. Otherwise the article path chose one section of a page made of
/// many (a service or landing page), and the whole region is its text. The less the page declares itself an article,
/// the more of the region the article path must hold.
/// </summary>
internal static class PageTextChooser
{
    /// <summary>Less article evidence than this (a declared article type alone) is weak.</summary>
    private const double WeakEvidence = 3;

    /// <summary>
    /// Even a declared article loses to the region when it holds less than this share of the region's prose:
    /// the article path then chose one section of a page made of many.
    /// </summary>
    private const double StrongArticleShareOfProse = 0.2;

    /// <summary>With weak evidence, the article path must hold this share of the region's prose.</summary>
    private const double ArticleShareOfProse = 0.6;

    public static (string Text, PageType Type) Choose(IElement body, PageTypeVerdict verdict, Func<IElement, string> articleText)
    {
        if (verdict.Type != PageType.Article)
        {
            return PageTypeExtractor.Extract(body, verdict.Type) is { } typed ? (typed.Text, verdict.Type) : (articleText(body), verdict.Type);
        }

        var article = articleText(body);
        if (double.IsPositiveInfinity(verdict.ArticleEvidence) || PageTypeExtractor.Extract(body, PageType.Service) is not { } region)
        {
            return (article, PageType.Article);
        }

        var share = verdict.ArticleEvidence < WeakEvidence ? ArticleShareOfProse : StrongArticleShareOfProse;
        return article.Length >= region.ProseChars * share ? (article, PageType.Article) : (region.Text, PageType.Service);
    }
}
