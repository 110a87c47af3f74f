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
    /// <summary>
    /// Even a declared article loses to the region when it holds less than this share of the region's prose:
    /// the article path then chose one section of a page made of many.
    /// </summary>
    private const double StrongArticleShareOfProse = 0.2;

    /// <summary>With weak evidence, the article path must hold this share of the region's prose.</summary>
    private const double ArticleShareOfProse = 0.6;

    /// <param name="bodyStats">The body's measures with nothing excluded.</param>
    /// <param name="work">Counts the region readings.</param>
    public static (string Text, PageType Type) Choose(
        IElement body, PageTypeVerdict verdict, Func<IElement, string> articleText, DocumentStats bodyStats, ExtractionWork work)
    {
        if (verdict.Type != PageType.Article)
        {
            work.CountRegionFound();
            work.CountRegionWritten();
            return PageTypeExtractor.Extract(body, verdict.Type, bodyStats) is { } typed ? (typed, verdict.Type) : (articleText(body), verdict.Type);
        }

        var article = articleText(body);
        if (double.IsPositiveInfinity(verdict.ArticleEvidence))
        {
            return (article, PageType.Article);
        }

        // Cheap first: most articles hold their share of even an upper bound of the region's prose.
        var share = verdict.HasStrongArticleEvidence ? StrongArticleShareOfProse : ArticleShareOfProse;
        if (article.Length >= RegionProseBound.Of(body) * share)
        {
            return (article, PageType.Article);
        }

        work.CountRegionFound();
        var region = PageTypeExtractor.Find(body, PageType.Service, bodyStats);
        if (article.Length >= region.ProseChars() * share)
        {
            return (article, PageType.Article);
        }

        work.CountRegionWritten();
        return region.Text() is { } text ? (text, PageType.Service) : (article, PageType.Article);
    }
}
