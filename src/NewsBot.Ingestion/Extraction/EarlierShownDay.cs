using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A page that shows its date alone on a line ("Apr 26, 2023", "Published 8 Oct 2022") days before the publication it
/// declares: the declared time is the record's (a CMS migration, a site builder's item date), the shown day the
/// article's. Threads keep what they declare: their first shown dates are members' and posts'.
/// </summary>
internal static class EarlierShownDay
{
    /// <summary>A day apart is a time zone's matter (<see cref="ShownDayOffset"/>), not another date.</summary>
    private const int MinimumDaysEarlier = 2;

    /// <summary>
    /// A date line reads as the article's within about a standfirst and a byline box of its headline; further down, the
    /// first date belongs to what the page lists after the article (measured on tune: 500 to 1,500 characters behave alike).
    /// </summary>
    private const int MaxTextAfterHeading = 1_000;

    public static DateTimeOffset Apply(DateTimeOffset declared, IDocument document, bool isThread) =>
        !isThread && VisibleDate.FindLine(document) is { Alone: true } shown && shown.TextAfterHeading <= MaxTextAfterHeading && (declared.Date - shown.Day.Date).Days >= MinimumDaysEarlier
            ? shown.Day
            : declared;
}
