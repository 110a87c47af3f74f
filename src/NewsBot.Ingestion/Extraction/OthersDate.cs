using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Dates a page shows that are not its own: an embedded post's (a quoted tweet under its text), and a header's clock
/// ("Friday, December 19, 2025" in a <c>todays-date</c> box), which shows the day the page was fetched.
/// </summary>
internal static class OthersDate
{
    /// <summary>A clock box is the date's own element or close around it; further up, "today" names a section of the site.</summary>
    private const int MaxClockDepth = 3;

    public static bool Holds(IElement parent) => ElementAncestry.IsInside(parent, "blockquote") || InClock(parent);

    private static bool InClock(IElement element)
    {
        for (var (current, depth) = (element, 0); current is not null && depth < MaxClockDepth; (current, depth) = (current.ParentElement, depth + 1))
        {
            if (NamesToday(current.Id) || NamesToday(current.GetAttribute(null, "class")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesToday(string? hint) =>
        hint is not null && (hint.Contains("today", StringComparison.OrdinalIgnoreCase) || hint.Contains("current-date", StringComparison.OrdinalIgnoreCase)
            || hint.Contains("currentdate", StringComparison.OrdinalIgnoreCase));
}
