using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Removes the " | Site" or " - Site" suffix pages append to their &lt;title&gt;.</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "];
    private const int MaxSuffixWords = 6;

    /// <summary>Strips a suffix that names the site when it is known, or that is short enough to be a site name.</summary>
    public static string Clean(string title, string? siteName) => Strip(title, siteName, siteSuffixOnly: false);

    /// <summary>For declared titles (og:title, JSON-LD): strips only a suffix that names the known site.</summary>
    public static string StripSiteName(string title, string? siteName) => Strip(title, siteName, siteSuffixOnly: true);

    private static string Strip(string title, string? siteName, bool siteSuffixOnly)
    {
        var text = Whitespace.Collapse(title);
        var cut = Separators
            .Select(s => (Separator: s, Index: text.LastIndexOf(s, StringComparison.Ordinal)))
            .Where(c => c.Index > 0)
            .OrderByDescending(c => c.Index)
            .FirstOrDefault();
        if (cut.Separator is null)
        {
            return text;
        }

        var head = text[..cut.Index].Trim();
        var suffix = text[(cut.Index + cut.Separator.Length)..].Trim();
        var suffixIsSite = siteName is not null && suffix.Contains(siteName, StringComparison.OrdinalIgnoreCase);
        var suffixIsShort = WordCount(suffix) <= MaxSuffixWords && WordCount(head) >= 2;
        return suffixIsSite || (suffixIsShort && !siteSuffixOnly) ? head : text;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
