using System.Globalization;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A page that declares its publication to machines only (JSON-LD, no meta tag) and shows its readers only its revision
/// day ("Updated Sep 17, 2025", the declared modification) is dated by that revision: what the page tells a reader is the
/// day it stands behind. On WCXB tune pages of that shape the truth took the revision on 10 of 11; where
/// <c>article:published_time</c> also declares the publication it took the publication on 16 of 20, and where the page
/// shows the publication day as well on 22 of 23. A publication day the markup carries in an attribute (microdata, a
/// <c>&lt;time datetime&gt;</c>) is declared beyond the JSON-LD, and so is one the page's state scripts write out for readers
/// ("publishedDisplay":"April 3, 2017"): a rendered page shows what its state spells for display.
/// </summary>
internal static class ShownRevisionDay
{
    /// <summary>A shown date sits in a short line; longer texts are prose, whose dates are about events.</summary>
    private const int MaxLineChars = 120;

    public static DateTimeOffset? Apply(DateTimeOffset? published, DateTimeOffset? modified, JsonLdArticle ld, MetaTags meta, IDocument document, bool isThread) =>
        !isThread && published is { } declared && modified is { } revised && revised.UtcDateTime.Date > declared.UtcDateTime.Date
        && DateValueParser.Parse(ld.DatePublished) == declared && !DeclaredDates.TagsDeclarePublication(meta) && !MarkupHolds(document, declared) && !ScriptedDay.Writes(document, declared)
        && ShownDays(document) is var shown && Shows(shown, revised) && !Shows(shown, declared)
            ? revised
            : published;

    /// <summary>
    /// Whether an attribute carries the publication day (a microdata <c>&lt;meta content&gt;</c>, a <c>&lt;time datetime&gt;</c>):
    /// then the markup, not only the JSON-LD, stands behind it.
    /// </summary>
    private static bool MarkupHolds(IDocument document, DateTimeOffset declared)
    {
        var (local, utc) = (declared.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), declared.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var element in DomWalker.DescendantElements(document))
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Value.Contains(local, StringComparison.Ordinal) || attribute.Value.Contains(utc, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Shows(HashSet<DateTime> shown, DateTimeOffset day) => shown.Contains(day.Date) || shown.Contains(day.UtcDateTime.Date);

    private static HashSet<DateTime> ShownDays(IDocument document)
    {
        var order = PageDayOrder.Of(document);
        var days = new HashSet<DateTime>();
        foreach (var node in VisibleText.Nodes(document))
        {
            if (node.Data.Length <= MaxLineChars && VisibleDate.LineDate(node.Data, order) is { } date)
            {
                days.Add(date.Day.Date);
            }
        }

        return days;
    }
}
