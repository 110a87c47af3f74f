namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The other side of <see cref="OffTopicArticle"/>: on a page detected as a listing, shop, service or documentation page,
/// a type's region that misses the words the page's title and description announce, while the article path holds them
/// and clearly more of them, read something else than the page is about (a category's product grid where the page is its
/// buying guide, a feature grid beside a product's own description). Threads are left alone: their title is the first
/// post's, and the article path reads one post of many.
/// </summary>
internal static class OffTopicRegion
{
    /// <summary>The article text must hold this share of the headline words to be on the page's topic.</summary>
    private const double ArticleOnTopicShare = 0.6;

    /// <summary>The article text must hold this much more of the headline words than the region.</summary>
    private const double ArticleLead = 0.1;

    /// <summary>The article text when it should replace the region's, else null; the article path runs only when the region is in doubt.</summary>
    public static string? ArticleReplacing(string region, Func<string> articleText, HeadlineWords headline)
    {
        if (!headline.EnoughToJudge)
        {
            return null;
        }

        var regionShare = headline.ShareIn(region);
        if (regionShare + ArticleLead > 1)
        {
            return null;
        }

        var article = articleText();
        var articleShare = headline.ShareIn(article);
        return articleShare >= ArticleOnTopicShare && articleShare >= regionShare + ArticleLead ? article : null;
    }
}
