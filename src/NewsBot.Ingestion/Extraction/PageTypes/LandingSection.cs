using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Agreement between the article path and the content region on a page that hardly declares itself an article (at
/// most a byline or a date) and gave some evidence for another type (its address, its markup): when the region holds
/// nearly every word of the article text and as many words again, the article path chose one section of a page made
/// of many (a service page's case studies, a category's guide), and the region is the page's text. A region that
/// misses part of the article text is a different reading, not a wider one, and does not win. Without the other
/// type's evidence, news pages with a date alone lost to regions that add rails of teasers (trafilatura-eval).
/// </summary>
internal static class LandingSection
{
    /// <summary>A page with more article evidence than this (both a byline and a date, an article type, a dated address) keeps its article.</summary>
    public const double MaxArticleEvidence = 1;

    /// <summary>The region must hold this share of the article text's words: it is a wider reading of the same page.</summary>
    private const double MinArticleWordsInRegion = 0.9;

    /// <summary>The article's words must be at most this share of the region's: the region holds as many words again.</summary>
    private const double MaxShareOfRegion = 0.5;

    /// <summary>
    /// An article text holding this share of the page's readable characters leaves the region too little to add:
    /// the region is then not read (most articles).
    /// </summary>
    private const double MaxShareOfPageToAsk = 0.75;

    /// <param name="pageReadableChars">The body's readable characters (outside script and style), an upper bound of the region's.</param>
    public static bool MayBeOne(string article, int pageReadableChars) =>
        article.Length > 0 && article.Length < pageReadableChars * MaxShareOfPageToAsk;

    /// <summary>True when <paramref name="region"/> holds the article text and as many words again: the article text is one section of it.</summary>
    public static bool IsSectionOf(string article, string region)
    {
        var articleWords = WordBag.Of(article);
        var regionWords = WordBag.Of(region);
        var shared = articleWords.Overlap(regionWords);
        return articleWords.Total > 0 && shared >= articleWords.Total * MinArticleWordsInRegion && shared <= regionWords.Total * MaxShareOfRegion;
    }
}
