using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A linked heading that titles a card with a teaser of its own: a listing's item read on the article path. Its link
/// makes it look like a link row, but the truth of a listing keeps each card's title beside its teaser, and a story's
/// own section headings that link to an anchor head prose too. A linked heading with no prose of its own around it (a
/// rail of bare titles) stays clutter.
/// </summary>
internal static class CardTitle
{
    private const int MinTitleChars = 15;
    private const int MaxTitleChars = 200;
    private const int MinTeaserChars = 80;
    private const int MaxCardChars = 1500;
    private const int CardLevels = 3;

    /// <param name="element">A heading, or a wrapper whose text is one heading's.</param>
    public static bool Is(IElement element, NodeStats stats, DocumentStats all)
    {
        if (stats.TextLength is < MinTitleChars or > MaxTitleChars || !HoldsOneLinkedHeading(element, stats, all))
        {
            return false;
        }

        var card = element.ParentElement;
        for (var level = 0; level < CardLevels && card is not null; level++, card = card.ParentElement)
        {
            var cardStats = all.For(card);
            if (cardStats.TextLength is 0 or > MaxCardChars)
            {
                return false;
            }

            if (cardStats.TextLength - cardStats.LinkTextLength >= MinTeaserChars)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsOneLinkedHeading(IElement element, NodeStats stats, DocumentStats all)
    {
        var heading = element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6"
            ? element
            : element.QuerySelector("h2, h3, h4, h5, h6");
        return heading is not null
            && all.For(heading).TextLength * 10 >= stats.TextLength * 9
            && (heading.QuerySelector("a[href]") is not null || heading.Closest("a[href]") is not null);
    }
}
