using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Settles a disagreement between the article path and the content region by the page's own headline words. When the
/// article text holds few of the words the page's title and description announce, the region holds clearly more of
/// them, and the two texts share little (each holds under 60% of the other's words), the article path read something
/// else than the page is about: a legal notice on a guide's landing page, one story's transcript from the page state of
/// a topic listing. It abstains when the page announces too few words to judge or when the two texts mostly agree.
/// </summary>
internal static class OffTopicArticle
{
    /// <summary>An article text holding this share of the headline words or more is on the page's topic.</summary>
    private const double OnTopicShare = 0.45;

    /// <summary>The region must hold this much more of the headline words than the article text.</summary>
    private const double RegionLead = 0.1;

    /// <summary>Two texts either of which holds this share of the other's words agree: the article is then part of the region.</summary>
    private const double AgreeingShare = 0.6;

    /// <summary>The region's text when it should replace the article's, else null; the region is read only when the article is in doubt.</summary>
    public static string? RegionReplacing(string article, Func<string?> regionText, HeadlineWords headline)
    {
        if (!headline.EnoughToJudge)
        {
            return null;
        }

        // The headline shares are read from the texts directly; the word bags only when the region leads.
        var articleShare = headline.ShareIn(article);
        if (articleShare >= OnTopicShare || regionText() is not { Length: > 0 } region || headline.ShareIn(region) < articleShare + RegionLead)
        {
            return null;
        }

        var (articleWords, regionWords) = (WordBag.Of(article), WordBag.Of(region));
        return articleWords.CoveredBy(regionWords) < AgreeingShare && regionWords.CoveredBy(articleWords) < AgreeingShare
            ? region
            : null;
    }
}
