using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A <c>&lt;time datetime&gt;</c> whose value and text name different days ("2024-12-20" shown as "August 28, 2024"): the
/// value is what the page declares, the text often a template's other date, so the text does not overrule the value.
/// A day apart is left to <see cref="ShownDayOffset"/> (a UTC value against the reader's day).
/// </summary>
internal static class TimeElementDay
{
    private const int MinimumDaysApart = 2;

    public static bool MarksAnotherDay(IElement shownIn, DateTimeOffset shownDay) =>
        shownIn.Closest("time") is { } time && DateValueParser.Parse(time.GetAttribute(null, "datetime")) is { } marked
        && Math.Abs((marked.Date - shownDay.Date).Days) >= MinimumDaysApart;
}
