namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A no-break space whose two UTF-8 bytes were read as Latin-1 arrives as "Â" and a no-break space, which the text
/// writer makes a plain space: "for a\u00C2 split keyboard". A "Â" glued to the end of a lower-case word, a digit or a stop,
/// before a space or a line break, is that lead byte (a word in capitals ending in "Â" stays).
/// </summary>
internal static class MisreadNoBreakSpace
{
    private const char Lead = '\u00C2';

    /// <summary>The text without its stray lead bytes; the same instance when it has none.</summary>
    public static string Remove(string text)
    {
        var next = text.IndexOf(Lead, StringComparison.Ordinal);
        if (next < 0)
        {
            return text;
        }

        System.Text.StringBuilder? kept = null;
        var copied = 0;
        for (; next >= 0; next = text.IndexOf(Lead, next + 1))
        {
            if (IsStray(text, next))
            {
                kept ??= new System.Text.StringBuilder(text.Length);
                kept.Append(text, copied, next - copied);
                copied = next + 1;
            }
        }

        return kept is null ? text : kept.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsStray(string text, int at) =>
        at > 0 && !char.IsWhiteSpace(text[at - 1]) && !char.IsUpper(text[at - 1])
        && (at + 1 == text.Length || char.IsWhiteSpace(text[at + 1]));
}
