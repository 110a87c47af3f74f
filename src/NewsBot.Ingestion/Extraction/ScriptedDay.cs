using System.Globalization;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Whether a page's state scripts (not its JSON-LD) spell a day the way readers see it ("April 3, 2017", "3 Apr 2017"):
/// a client-rendered page shows what its state writes for display, while an ISO value in a script may be a copy of the
/// declaration. On WCXB tune pages that declare their publication in JSON-LD alone, the publication's written form sits in
/// a state script on 2 pages, both dated by it, and on none of the pages dated by their revision.
/// </summary>
internal static class ScriptedDay
{
    private static readonly string[] WrittenForms = ["MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM dd, yyyy"];

    public static bool Writes(IDocument document, DateTimeOffset day)
    {
        var forms = Forms(day.Date).Concat(Forms(day.UtcDateTime.Date)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var script in DomWalker.DescendantElements(document))
        {
            if (script.LocalName != "script" || IsJsonLd(script))
            {
                continue;
            }

            var text = ScriptText.Of(script);
            if (forms.Any(form => text.Contains(form, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Forms(DateTime day) => WrittenForms.Select(format => day.ToString(format, CultureInfo.InvariantCulture));

    private static bool IsJsonLd(IElement script) => (script.GetAttribute(null, "type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase);
}
