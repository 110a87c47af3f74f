using System.Collections.Frozen;

namespace NewsBot.Ingestion.Extraction.Markup;

/// <summary>
/// The markup without the attributes no reader reads (svg path data and view boxes, data-* tracking, srcset, sizes, alt,
/// event handlers: a third of a news page's attributes), removed in place before the parse: the parser makes an attribute
/// object, its strings and a slot in a growing array for each, the largest share of its garbage. Only attribute lists of
/// start tags change; the text of raw-text elements is stepped over, and where the scan cannot be sure how the tokenizer
/// reads on (a script holding "&lt;!--", plaintext) the rest is left as it is.
/// </summary>
internal static class UnreadAttributes
{
    /// <summary>
    /// Every attribute a reader asks for by name (<c>GetAttribute</c>, <c>HasAttribute</c>, <c>Id</c>, selectors, the meta
    /// keys), and those the parser itself reads to build the tree (an input's type, annotation-xml's encoding, a font's
    /// color, face and size, which end foreign content). A reader asking for another attribute must add it here.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Read = new[]
    {
        "class", "id", "href", "src", "rel", "type", "title", "style", "role", "hidden", "lang", "xml:lang", "dir",
        "name", "property", "itemprop", "http-equiv", "content", "charset", "itemscope", "itemtype",
        "aria-label", "aria-hidden", "datetime", "pubdate",
        "data-author", "data-username", "data-user-name", "data-post-id",
        "encoding", "color", "face", "size",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>Removes the unread attributes from <paramref name="markup"/>, moving the rest forward; returns the new length.</summary>
    public static int RemoveFrom(Span<char> markup)
    {
        var output = new MarkupCompaction(markup);
        for (var at = 0; at + 1 < markup.Length;)
        {
            var open = markup[at..].IndexOf('<');
            if (open < 0 || at + open + 1 >= markup.Length)
                break;
            at += open;
            var next = markup[at + 1];
            if (next is '!' or '?' || (next == '/' && (at + 2 >= markup.Length || !char.IsAsciiLetter(markup[at + 2]))))
            {
                at = MarkupScanner.DeclarationEnd(markup, at);
            }
            else if (next == '/')
            {
                at = MarkupScanner.TagEnd(markup, at, out _, out _);
            }
            else if (!char.IsAsciiLetter(next))
            {
                at++;
            }
            else
            {
                var tagEnd = StartTag(markup, at, ref output, out var rawText);
                if (rawText is null)
                {
                    at = tagEnd;
                    continue;
                }

                if (rawText == "plaintext")
                    break;
                at = MarkupScanner.RawTextEnd(markup, tagEnd, rawText);
                if (rawText == "script" && markup[tagEnd..at].Contains("<!--", StringComparison.Ordinal))
                    break;
            }
        }

        return output.Finish();
    }

    /// <summary>Steps over the start tag at <paramref name="at"/>, leaving its unread attributes out; the raw-text element it opens, if any.</summary>
    private static int StartTag(Span<char> markup, int at, ref MarkupCompaction output, out string? rawText)
    {
        var i = at + 1;
        while (i < markup.Length && !MarkupScanner.IsSpace(markup[i]) && markup[i] is not ('/' or '>'))
            i++;
        rawText = RawTextOpenedBy(markup[(at + 1)..i]);
        while (i < markup.Length && markup[i] != '>')
        {
            if (markup[i] == '/' || MarkupScanner.IsSpace(markup[i]))
            {
                i++;
                continue;
            }

            var end = MarkupScanner.AttributeEnd(markup, i);
            if (!Read.Contains(markup[i..MarkupScanner.AttributeNameEnd(markup, i)]))
                output.Skip(i, end, keepSeparated: markup[i - 1] == '/');
            i = end;
        }

        return Math.Min(i + 1, markup.Length);
    }

    private static string? RawTextOpenedBy(ReadOnlySpan<char> name)
    {
        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            return "plaintext";
        foreach (var element in RawTextElements)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
                return element;
        }

        return null;
    }
}
