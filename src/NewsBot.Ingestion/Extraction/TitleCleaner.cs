namespace NewsBot.Ingestion.Extraction;

/// <summary>Removes the " | Site" or " - Site" suffix pages append to their &lt;title&gt;.</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "];
    private const int MaxSuffixWords = 6;

    public static string Clean(string title, string? siteName)
    {
        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
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
        return suffixIsSite || suffixIsShort ? head : text;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
