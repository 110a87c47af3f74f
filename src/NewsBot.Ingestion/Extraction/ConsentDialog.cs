using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A consent manager's banner or preference centre (OneTrust, Cookiebot, Didomi …). Its purposes and vendor texts are
/// long paragraphs, so on a page of short items (a recipe collection, a shop grid) they can outweigh the content and
/// pass for the article; no page's content lives inside one, so no share of the page protects it.
/// </summary>
internal static class ConsentDialog
{
    /// <summary>Class and id fragments of the widespread consent managers, lower case.</summary>
    private static readonly string[] ManagerFragments =
    [
        "onetrust", "cybotcookiebot", "didomi", "usercentrics", "qc-cmp", "truste-", "cookielaw", "sp_message",
    ];

    public static bool Is(IElement element)
    {
        // A page wrapper may carry the manager's state class ("onetrust-active"); the dialog is a box inside it.
        if (element.LocalName is "body" or "main" or "article")
        {
            return false;
        }

        var hint = HintSpan.Write(element, stackalloc char[ExtractionLimits.MaxHintChars]);
        foreach (var fragment in ManagerFragments)
        {
            if (hint.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
