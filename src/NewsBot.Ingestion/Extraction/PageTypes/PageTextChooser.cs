using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Chooses between the article path and the page type's extraction. A page of another type gets its type's extraction,
/// unless that misses the page's headline words the article path holds (<see cref="OffTopicRegion"/>).
/// A page that may be an article stays one when the article path holds enough of the content region's prose: what
/// the region adds is then link lists and furniture. Otherwise the article path chose one section of a page made of
/// many (a service or landing page), and the whole region is its text. The less the page declares itself an article,
/// the more of the region the article path must hold. On a page that hardly declares itself an article (not both a
/// byline and a date), an article text with no prose (a result count, a heading, "Loading…") loses to a region
/// of items, whose names are links the prose comparison does not count. On a page that declares at most a byline or a
/// date and votes a little for another type, a region that holds the article text and as many words again wins
/// (<see cref="LandingSection"/>). A region that wins because the article path holds too little of its prose is read
/// without the furniture inside its column (<see cref="ColumnFurniture"/>).
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

    /// <summary>
    /// An article text under this many words holding at most <see cref="MaxSentencesOfNoProse"/> sentence is no
    /// article: a 400-character brief has more words or more sentences.
    /// </summary>
    private const int NoProseWords = 100;

    private const int MaxSentencesOfNoProse = 1;

    /// <summary>
    /// A page with a byline and a date, or a declared article type, keeps even a one-sentence text: a news flash.
    /// (WCXB tune and held-out: the same pages move with a limit of 3.)
    /// </summary>
    private const double MaxEvidenceToAskNoProse = 2;

    /// <summary>The region, links included, must hold this many times the words of an article text without prose.</summary>
    private const int RegionWordsOverNoProse = 2;

    /// <param name="bodyStats">The body's measures with nothing excluded.</param>
    /// <param name="work">Counts the region readings.</param>
    /// <param name="headline">The words the page's title and description announce (<see cref="OffTopicArticle"/>).</param>
    public static (string Text, PageType Type) Choose(
        IElement body, PageTypeVerdict verdict, Func<IElement, string> articleText, DocumentStats bodyStats, ExtractionWork work, HeadlineWords headline)
    {
        var region = new ServiceRegionReading(body, bodyStats, work);
        var chosen = ChooseByProse(body, verdict, articleText, bodyStats, work, region, headline);
        if (chosen.Type != PageType.Article || double.IsPositiveInfinity(verdict.ArticleEvidence))
        {
            return chosen;
        }

        if (OffTopicArticle.RegionReplacing(chosen.Text, region.Text, headline) is { } replacing)
        {
            work.CountRegionWritten();
            return (replacing, PageType.Service);
        }

        return chosen;
    }

    private static (string Text, PageType Type) ChooseByProse(
        IElement body, PageTypeVerdict verdict, Func<IElement, string> articleText, DocumentStats bodyStats, ExtractionWork work, ServiceRegionReading region,
        HeadlineWords headline)
    {
        if (verdict.Type != PageType.Article)
        {
            work.CountRegionFound();
            work.CountRegionWritten();
            if (PageTypeExtractor.Extract(body, verdict.Type, bodyStats) is not { } typed)
            {
                return (articleText(body), verdict.Type);
            }

            return verdict.Type != PageType.Forum && OffTopicRegion.ArticleReplacing(typed, () => articleText(body), headline) is { } onTopic
                ? (onTopic, verdict.Type)
                : (typed, verdict.Type);
        }

        var article = articleText(body);
        if (double.IsPositiveInfinity(verdict.ArticleEvidence))
        {
            return (article, PageType.Article);
        }

        if (verdict.ArticleEvidence < MaxEvidenceToAskNoProse && HoldsNoProse(article, out var articleWords))
        {
            var regionText = region.Text();
            if (regionText is not null && TextMeasures.Words(regionText) >= Math.Max(1, articleWords) * RegionWordsOverNoProse)
            {
                work.CountRegionWritten();
                return (regionText, PageType.Service);
            }
        }

        if (verdict.ArticleEvidence <= LandingSection.MaxArticleEvidence && verdict.OtherTypeEvidence > 0
            && LandingSection.MayBeOne(article, bodyStats.For(body).ReadableTextLength))
        {
            if (region.Text() is { } regionText && LandingSection.IsSectionOf(article, regionText))
            {
                work.CountRegionWritten();
                return (regionText, PageType.Service);
            }
        }

        // Cheap first: most articles hold their share of even an upper bound of the region's prose.
        var share = verdict.HasStrongArticleEvidence ? StrongArticleShareOfProse : ArticleShareOfProse;
        if (article.Length >= RegionProseBound.Of(body) * share)
        {
            return (article, PageType.Article);
        }

        if (article.Length >= region.Region.ProseCharsWithoutComments() * share)
        {
            return (article, PageType.Article);
        }

        // The article path holds too little of the page: the page's text is its column without the furniture inside it.
        work.CountRegionWritten();
        return (ColumnFurniture.Region(body, bodyStats).Text() ?? region.Text()) is { } text
            ? (text, PageType.Service)
            : (article, PageType.Article);
    }

    private static bool HoldsNoProse(string article, out int words)
    {
        words = TextMeasures.Words(article);
        return words < NoProseWords && TextMeasures.ProseSentences(article, MaxSentencesOfNoProse + 1) <= MaxSentencesOfNoProse;
    }
}
