using System.Buffers;
using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Extraction.Markup;

/// <summary>
/// The markup as the parser gets it: the text of the head's style sheets and of its scripts that no reader reads left out
/// (a quarter of a news page's characters), in one forward scan that stops where the body starts. The tokenizer walks
/// such text character by character into strings nothing reads: every reader of page text reads the body, where scripts
/// and style sheets stay whole (their text counts there, a price in a script as much as one in a paragraph). Head scripts
/// kept whole: JSON (JSON-LD, <c>__NEXT_DATA__</c>), those holding a page state assignment or the data layer's author.
/// The scan ends, copying the rest as it is, at the first token the parser would not keep in the head (text, another
/// element, an end tag other than the head's) and at a script holding "&lt;!--", whose end the tokenizer's escaped states decide.
/// </summary>
internal static class UnreadHeadText
{
    private static readonly SearchValues<string> ReadMarkers =
        SearchValues.Create([.. EmbeddedStateReader.StateAssignments, DataLayerAuthor.Key], StringComparison.Ordinal);

    /// <summary>HTML's whitespace: any other character, a no-break space too, is text that starts the body.</summary>
    private static readonly SearchValues<char> HtmlSpace = SearchValues.Create(" \t\n\r\f");

    private static readonly string[] HeadElements = ["html", "head", "base", "basefont", "bgsound", "link", "meta", "script", "style", "title", "noframes"];

    private static readonly string[] RawTextElements = ["script", "style", "title", "noframes"];

    private static readonly string[] NoscriptElements = ["html", "basefont", "bgsound", "link", "meta", "style", "noframes"];

    /// <summary>Copies <paramref name="html"/> into <paramref name="output"/> (as long at least) without the unread text; returns the length written.</summary>
    public static int Copy(ReadOnlySpan<char> html, Span<char> output)
    {
        var (copied, written, mode) = (0, 0, HeadMode.InHead);
        for (var at = 0; at < html.Length;)
        {
            var open = html[at..].IndexOf('<');
            if (open < 0 || html.Slice(at, open).ContainsAnyExcept(HtmlSpace) || at + open + 1 >= html.Length)
                break;
            at += open;
            var next = html[at + 1];
            if (next is '!' or '?' || (next == '/' && (at + 2 >= html.Length || !char.IsAsciiLetter(html[at + 2]))))
            {
                at = MarkupScanner.DeclarationEnd(html, at);
                continue;
            }

            if (!char.IsAsciiLetter(next) && next != '/')
                break;
            var tagEnd = MarkupScanner.TagEnd(html, at, out var nameRange, out _);
            var name = html[nameRange];
            if (!StaysInHead(name, isEndTag: next == '/', ref mode))
                break;
            if (next == '/' || Named(name, RawTextElements) is not { } rawName)
            {
                at = tagEnd;
                continue;
            }

            var textEnd = MarkupScanner.RawTextEnd(html, tagEnd, rawName);
            var text = html[tagEnd..textEnd];
            if (rawName == "script" && text.Contains("<!--", StringComparison.Ordinal))
                break;
            if (rawName == "style" || (rawName == "script" && !IsRead(html[at..tagEnd], text)))
            {
                html[copied..tagEnd].CopyTo(output[written..]);
                written += tagEnd - copied;
                copied = textEnd;
            }

            at = textEnd < html.Length ? MarkupScanner.TagEnd(html, textEnd, out _, out _) : textEnd;
        }

        html[copied..].CopyTo(output[written..]);
        return written + html.Length - copied;
    }

    /// <summary>
    /// Whether the parser keeps a tag in the head, as its insertion modes do: head elements; in a &lt;noscript&gt; (markup:
    /// scripting is off) only links, metadata and style sheets; after &lt;/head&gt; no &lt;noscript&gt;. Anything else starts the body.
    /// </summary>
    private static bool StaysInHead(ReadOnlySpan<char> name, bool isEndTag, ref HeadMode mode)
    {
        var noscript = name.Equals("noscript", StringComparison.OrdinalIgnoreCase);
        (var stays, mode) = (mode, isEndTag) switch
        {
            (HeadMode.InNoscript, true) => (noscript, HeadMode.InHead),
            (HeadMode.InHead, true) => (name.Equals("head", StringComparison.OrdinalIgnoreCase), HeadMode.AfterHead),
            (HeadMode.InHead, false) when noscript => (true, HeadMode.InNoscript),
            (HeadMode.InNoscript, false) => (Named(name, NoscriptElements) is not null, mode),
            _ => (!isEndTag && Named(name, HeadElements) is not null, mode),
        };
        return stays;
    }

    private enum HeadMode
    {
        InHead,
        InNoscript,
        AfterHead,
    }

    private static bool IsRead(ReadOnlySpan<char> startTag, ReadOnlySpan<char> text) =>
        startTag.Contains("json", StringComparison.OrdinalIgnoreCase) || text.ContainsAny(ReadMarkers);

    private static string? Named(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return candidate;
        }

        return null;
    }
}
