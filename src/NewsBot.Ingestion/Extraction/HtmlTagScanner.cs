namespace NewsBot.Ingestion.Extraction;

/// <summary>A minimal, linear-time reader of one markup construct starting at '&lt;'.</summary>
internal static class HtmlTagScanner
{
    /// <summary>One scanned construct; it has no name (length 0) for comments, doctypes and stray '&lt;'.
    /// The name is a position in the markup, not a string: two scans of every page would otherwise allocate one per tag.</summary>
    public readonly record struct Tag(int NameStart, int NameLength, bool IsEnd, bool IsSelfClosing, int End)
    {
        public bool HasName => NameLength > 0;

        public ReadOnlySpan<char> Name(ReadOnlySpan<char> html) => html.Slice(NameStart, NameLength);
    }

    public static Tag Scan(ReadOnlySpan<char> html, int open)
    {
        var next = open + 1;
        if (next >= html.Length)
        {
            return new Tag(0, 0, false, false, html.Length);
        }

        if (html[open..].StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = IndexOf(html, "-->", open + 4);
            return new Tag(0, 0, false, false, close < 0 ? html.Length : close + 3);
        }

        if (html[next] is '!' or '?')
        {
            var close = IndexOf(html, '>', next);
            return new Tag(0, 0, false, false, close < 0 ? html.Length : close + 1);
        }

        var isEnd = html[next] == '/';
        var nameStart = isEnd ? next + 1 : next;
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            return new Tag(0, 0, false, false, next);
        }

        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var end = EndOfTag(html, nameEnd);
        var selfClosing = end >= 2 && html[end - 1] == '>' && html[end - 2] == '/';
        return new Tag(nameStart, nameEnd - nameStart, isEnd, selfClosing, end);
    }

    /// <summary>The index after the raw text of a script-like element, that is after its end tag.</summary>
    public static int EndOfRawText(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        var close = IndexOfEndTag(html, from, name);
        if (close < 0)
        {
            return html.Length;
        }

        var end = IndexOf(html, '>', close);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>Where "&lt;/name" first starts from <paramref name="from"/>, the name compared ignoring case; -1 when nowhere.</summary>
    private static int IndexOfEndTag(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        for (var at = IndexOf(html, "</", from); at >= 0; at = IndexOf(html, "</", at + 1))
        {
            if (html[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The index after the tag's closing '&gt;', skipping quoted attribute values.</summary>
    private static int EndOfTag(ReadOnlySpan<char> html, int from)
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
                var close = IndexOf(html, c, i + 1);
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

    /// <summary>Like <see cref="string.IndexOf(char, int)"/> on a span: the index in the whole markup, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> html, char value, int from)
    {
        var at = html[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private static int IndexOf(ReadOnlySpan<char> html, string value, int from)
    {
        var at = html[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }
}
