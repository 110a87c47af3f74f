using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A page that shows its date alone on a line ("Apr 26, 2023", "Published 8 Oct 2022") days before the publication it
/// declares: the declared time is the record's (a CMS migration, a site builder's item date), the shown day the
/// article's. Threads keep what they declare: their first shown dates are members' and posts'. Nor does the text of a
/// <c>&lt;time&gt;</c> overrule its own value (<see cref="TimeElementDay"/>).
/// </summary>
internal static class EarlierShownDay
{
    /// <summary>
    /// A date line reads as the article's within about a standfirst and a byline box of its headline; further down, the
    /// first date belongs to what the page lists after the article (measured on tune: 500 to 1,500 characters behave alike).
    /// </summary>
    private const int MaxTextAfterHeading = 1_000;

    public static DateTimeOffset Apply(DateTimeOffset declared, IDocument document, bool isThread) =>
        !isThread && VisibleDate.FindLine(document) is { Alone: true, MarkedOtherwise: false } shown && shown.TextAfterHeading <= MaxTextAfterHeading && (declared.Date - shown.Day.Date).Days >= MinimumDaysEarlier(declared)
            ? shown.Day
            : declared;

    /// <summary>
    /// A day apart is a time zone's matter (<see cref="ShownDayOffset"/>), not another date, when the declared time has
    /// an offset of its own. A UTC time still a day after the shown day once <see cref="ShownDayOffset"/> has tried every
    /// offset ("2025-12-19T22:02Z" under "Dec 18, 2025", a day-only tag) is a later save, not the article's day.
    /// </summary>
    private static int MinimumDaysEarlier(DateTimeOffset declared) => declared.Offset == TimeSpan.Zero ? 1 : 2;
}
