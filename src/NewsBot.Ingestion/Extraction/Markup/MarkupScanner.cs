namespace NewsBot.Ingestion.Extraction.Markup;

/// <summary>
/// Where the HTML tokenizer ends each construct that starts with '&lt;': comments, doctypes and bogus comments, tags (with
/// quoted attribute values, which may hold '&gt;' or '&lt;script'), and the text of raw-text elements. When unsure it ends
/// a construct later, never earlier: markup taken for a comment or text is only copied, never changed.
/// </summary>
internal static class MarkupScanner
{
    /// <summary>The index after the comment, doctype or bogus comment that starts at <paramref name="at"/> ("&lt;!", "&lt;?", "&lt;/" and no letter).</summary>
    public static int DeclarationEnd(ReadOnlySpan<char> html, int at)
    {
        var rest = html[at..];
        if (rest.StartsWith("<!--"))
        {
            // "<!-->" and "<!--->" close at once, hence the search from the third character; "--!>" closes too, and
            // is looked for only before the first "-->": searched to the end, it made every comment cost the rest of the page.
            var dashes = After(rest, 2, "-->");
            var bang = dashes > 4 ? After(rest[..dashes], 4, "--!>") : dashes;
            return at + Math.Min(dashes, bang);
        }

        if (rest.StartsWith("<![CDATA["))
        {
            return at + After(rest, 9, "]]>");
        }

        return rest.Length > 2 && rest[1] == '/' && rest[2] == '>' ? at + 3 : at + After(rest, 2, ">");
    }

    /// <summary>The index after the start or end tag at <paramref name="at"/>, its lower-cased name's span, and whether it closes itself.</summary>
    public static int TagEnd(ReadOnlySpan<char> html, int at, out Range name, out bool selfClosing)
    {
        var i = at + (html[at + 1] == '/' ? 2 : 1);
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
            i++;
        name = nameStart..i;
        selfClosing = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
                return i + 1;
            if (c == '/')
            {
                selfClosing = i + 1 < html.Length && html[i + 1] == '>';
                i++;
                continue;
            }

            if (IsSpace(c))
            {
                i++;
                continue;
            }

            i = AttributeEnd(html, i);
        }

        return html.Length;
    }

    /// <summary>The index of the end tag "&lt;/name" that closes a raw-text element's text; the markup's length when there is none.</summary>
    public static int RawTextEnd(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        for (var i = from; i < html.Length;)
        {
            var open = html[i..].IndexOf("</");
            if (open < 0)
                return html.Length;
            var tag = i + open;
            var after = tag + 2 + name.Length;
            if (after < html.Length && html.Slice(tag + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return tag;
            }

            i = tag + 2;
        }

        return html.Length;
    }

    /// <summary>An attribute from its name's first character: the name ('=' may open it), then an optional value.</summary>
    public static int AttributeEnd(ReadOnlySpan<char> html, int i)
    {
        i = AttributeNameEnd(html, i);
        while (i < html.Length && IsSpace(html[i]))
            i++;
        if (i >= html.Length || html[i] != '=')
            return i;
        i++;
        while (i < html.Length && IsSpace(html[i]))
            i++;
        if (i < html.Length && html[i] is '"' or '\'')
        {
            var close = html[(i + 1)..].IndexOf(html[i]);
            return close < 0 ? html.Length : i + 1 + close + 1;
        }

        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
            i++;
        return i;
    }

    /// <summary>The index after an attribute's name that starts at <paramref name="i"/> (its first character may be '=').</summary>
    public static int AttributeNameEnd(ReadOnlySpan<char> html, int i)
    {
        i++;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            i++;
        return i;
    }

    private static int After(ReadOnlySpan<char> text, int from, ReadOnlySpan<char> end)
    {
        var found = text[from..].IndexOf(end);
        return found < 0 ? text.Length : from + found + end.Length;
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
