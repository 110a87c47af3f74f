namespace NewsBot.Ingestion.Extraction;

/// <summary>A minimal, linear-time reader of one markup construct starting at '&lt;'.</summary>
internal static class HtmlTagScanner
{
    /// <summary>One scanned construct; <see cref="Name"/> is null for comments, doctypes and stray '&lt;'.</summary>
    public readonly record struct Tag(string? Name, bool IsEnd, bool IsSelfClosing, int End);

    public static Tag Scan(string html, int open)
    {
        var next = open + 1;
        if (next >= html.Length)
        {
            return new Tag(null, false, false, html.Length);
        }

        if (html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return new Tag(null, false, false, close < 0 ? html.Length : close + 3);
        }

        if (html[next] is '!' or '?')
        {
            var close = html.IndexOf('>', next);
            return new Tag(null, false, false, close < 0 ? html.Length : close + 1);
        }

        var isEnd = html[next] == '/';
        var nameStart = isEnd ? next + 1 : next;
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            return new Tag(null, false, false, next);
        }

        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var end = EndOfTag(html, nameEnd);
        var selfClosing = end >= 2 && html[end - 1] == '>' && html[end - 2] == '/';
        return new Tag(html[nameStart..nameEnd], isEnd, selfClosing, end);
    }

    /// <summary>The index after the raw text of a script-like element, that is after its end tag.</summary>
    public static int EndOfRawText(string html, int from, string name)
    {
        var close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return html.Length;
        }

        var end = html.IndexOf('>', close);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>The index after the tag's closing '&gt;', skipping quoted attribute values.</summary>
    private static int EndOfTag(string html, int from)
    {
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return html.Length;
                }

                i = close;
                afterEquals = false;
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                afterEquals = c == '=';
            }
        }

        return html.Length;
    }
}
