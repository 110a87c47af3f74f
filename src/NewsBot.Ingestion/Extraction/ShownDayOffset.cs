using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A publication time declared in UTC (or without an offset) on a page that shows the day before or after it: the site
/// writes its tags in UTC and its readers' day in its own time zone ("2025-12-19T02:41Z" under "December 18, 2025").
/// The instant is kept and read in the nearest offset that falls on the shown day, so the day a digest prints is the page's.
/// </summary>
internal static class ShownDayOffset
{
    private const int MaxHoursWest = 12;
    private const int MaxHoursEast = 14;

    public static DateTimeOffset Apply(DateTimeOffset declared, IDocument document)
    {
        // A declared day without a time (midnight) says nothing of a time zone, and a non-zero offset is already the page's.
        if (declared.Offset != TimeSpan.Zero || declared.TimeOfDay == TimeSpan.Zero || VisibleDate.Find(document) is not { } shown)
        {
            return declared;
        }

        var days = (shown.Date - declared.Date).Days;
        if (days is not (1 or -1))
        {
            return declared;
        }

        for (var hours = 1; hours <= (days < 0 ? MaxHoursWest : MaxHoursEast); hours++)
        {
            var local = declared.ToOffset(TimeSpan.FromHours(days * hours));
            if (local.Date == shown.Date)
            {
                return local;
            }
        }

        return declared;
    }
}
