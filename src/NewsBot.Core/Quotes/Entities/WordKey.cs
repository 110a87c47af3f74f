namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// The form under which the lexicons store a word or phrase: lower case, single spaces, without a possessive ’s or an
/// abbreviation's dot, so that "Trump’s", "Dr." and "New  York" find "trump", "dr" and "new york".
/// </summary>
internal static class WordKey
{
    public const int MaxLength = 128;

    /// <summary>Writes the key of <paramref name="text"/> into <paramref name="buffer"/>; returns its length (0: no key).</summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> buffer)
    {
        text = Trim(text);
        if (text.IsEmpty || text.Length > buffer.Length)
        {
            return 0;
        }

        var length = 0;
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!(space && lastWasSpace))
            {
                buffer[length++] = space ? ' ' : char.ToLowerInvariant(c);
            }

            lastWasSpace = space;
        }

        return length;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > 3 && (text.EndsWith("’s", StringComparison.Ordinal) || text.EndsWith("'s", StringComparison.Ordinal)))
        {
            text = text[..^2];
        }

        return text.TrimEnd(".,;:!?’'\"»”").TrimStart("«“„\"'‘(");
    }
}
