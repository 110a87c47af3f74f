using System.Text.RegularExpressions;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Drops the lines of a page's text that are only a "Back to top" link: the scroll shortcut a long page or grid ends
/// with. Written as a link to "#top", a script's button or a bare anchor, it survives the DOM's furniture rules, and
/// no page's text says it.
/// </summary>
internal static partial class BackToTopLines
{
    private const int MaxChars = 30;

    /// <summary>The text without its "Back to top" lines; the same instance when it has none.</summary>
    public static string Remove(string text) => text.Split('\n').Any(IsBackToTop) ? TextLines.Without(text, IsBackToTop) : text;

    internal static bool IsBackToTop(string line) => line.Length <= MaxChars && Phrase().IsMatch(line);

    [GeneratedRegex(
        @"^\W*(back to (the )?top|return to top|go to top|scroll to top|top of page|(zurück )?nach oben|retour en haut( de (la )?page)?|volver arriba|torna su)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
