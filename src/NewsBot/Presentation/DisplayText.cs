namespace NewsBot.Presentation;

/// <summary>Article text made to fit a Discord field: on one line, shortened at a word, escaped, within a length.</summary>
internal static class DisplayText
{
    /// <summary>Escaped for markdown-rendering places (titles, descriptions, content); at most <paramref name="maxLength"/> long.</summary>
    public static string Markdown(string text, int maxLength)
    {
        var flat = OneLine(text);
        var budget = maxLength;
        while (true)
        {
            var escaped = DiscordMarkdown.Escape(QuoteShortener.Shorten(flat, budget));
            if (escaped.Length <= maxLength)
                return escaped;
            // Escaping at most doubles a character, so cutting by the overflow converges in a few rounds.
            budget -= escaped.Length - maxLength;
            if (budget < 1)
                return QuoteShortener.Ellipsis.ToString();
        }
    }

    /// <summary>For places Discord shows as plain text (footers), where a backslash would show.</summary>
    public static string Plain(string text, int maxLength) => QuoteShortener.Shorten(OneLine(text), maxLength);

    // A story is laid out line by line; a line break inside article text would start a line of its own.
    private static string OneLine(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\r', ' ')
            .Replace('\n', ' ')
            .Replace('\u2028', ' ')
            .Replace('\u2029', ' ');
}
