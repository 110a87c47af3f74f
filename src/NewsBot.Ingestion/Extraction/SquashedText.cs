namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A name's letters and digits alone, lower-cased ("The Rapid7 Blog" → "therapid7blog"): how site names, publishers and host
/// labels are compared. Filtered and lower-cased in stack buffers (every title candidate of every page asks), one string made.
/// </summary>
internal static class SquashedText
{
    private const int MaxStackChars = 256;

    public static string Of(string text)
    {
        if (text.Length > MaxStackChars)
        {
            return string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        }

        Span<char> kept = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept[length++] = c;
            }
        }

        // Each kept character lowers on its own (surrogates are neither letters nor digits), as the string's lowering reads them.
        Span<char> lower = stackalloc char[length];
        kept[..length].ToLowerInvariant(lower);
        return new string(lower);
    }
}
