namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>How title texts compare: case aside, and typographic quotes and dashes read as straight ones.</summary>
internal static class TitleText
{
    public static bool Same(string a, string b) => a.Length == b.Length && Compare(a, b, a.Length);

    public static bool Contains(string text, string part) => Plain(text).Contains(Plain(part), StringComparison.Ordinal);

    public static string Plain(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2013', '-').Replace('\u2014', '-');

    /// <summary>
    /// Whether <paramref name="text"/>, read as <see cref="Plain"/> reads it, holds <paramref name="plainPart"/> (already plain),
    /// without copying the text.
    /// </summary>
    public static bool FoldedContains(ReadOnlySpan<char> text, string plainPart)
    {
        if (plainPart.Length == 0)
        {
            return true;
        }

        for (var start = 0; start + plainPart.Length <= text.Length; start++)
        {
            if (Fold(text[start]) == plainPart[0] && Matches(text.Slice(start, plainPart.Length), plainPart))
            {
                return true;
            }
        }

        return false;
    }

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

    private static bool Matches(ReadOnlySpan<char> text, string plainPart)
    {
        for (var i = 1; i < plainPart.Length; i++)
        {
            if (Fold(text[i]) != plainPart[i])
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
