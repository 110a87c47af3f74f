namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>How title texts compare: case aside, and typographic quotes and dashes read as straight ones.</summary>
internal static class TitleText
{
    public static bool Same(string a, string b) => a.Length == b.Length && Compare(a, b, a.Length);

    public static bool Contains(string text, string part) => Plain(text).Contains(Plain(part), StringComparison.Ordinal);

    public static string Plain(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2013', '-').Replace('\u2014', '-');

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool Compare(string a, string b, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2013' or '\u2014' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
