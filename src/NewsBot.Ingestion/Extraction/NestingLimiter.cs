using System.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Drops start and end tags nested deeper than a limit before parsing, keeping their text. The HTML parser
/// checks element scopes against its stack of open elements, so thousands of nested tags cost quadratic time;
/// real pages nest a few dozen levels. Tags whose end tag is optional (p, li, td...) and void or self-closed
/// tags are not counted, so sloppy but ordinary markup is never touched.
/// </summary>
internal static class NestingLimiter
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
        "rb", "rt", "rtc", "rp", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedByName = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextByName = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Elements whose content is text up to their end tag (no markup inside).</summary>
    public static bool IsRawText(ReadOnlySpan<char> name) => RawTextByName.Contains(name);

    public static string Limit(string html, int maxDepth = MaxDepth) => Limit(html.AsSpan(), maxDepth) ?? html;

    /// <summary>The markup without the tags beyond <paramref name="maxDepth"/>, or null when none is (nothing copied).</summary>
    public static string? Limit(ReadOnlySpan<char> html, int maxDepth = MaxDepth)
    {
        StringBuilder? kept = null;
        var copiedUpTo = 0;
        var depth = 0;
        var dropped = 0;
        var position = 0;
        while (position < html.Length && HtmlTagScanner.IndexOf(html, '<', position) is var open and >= 0)
        {
            var tag = HtmlTagScanner.Scan(html, open);
            position = tag.End;
            if (!tag.HasName || UncountedByName.Contains(tag.Name(html)))
            {
                continue;
            }

            if (!tag.IsEnd && IsRawText(tag.Name(html)))
            {
                position = HtmlTagScanner.EndOfRawText(html, tag.End, tag.Name(html));
                continue;
            }

            var drop = false;
            if (tag.IsEnd)
            {
                drop = dropped > 0;
                dropped -= drop ? 1 : 0;
                depth -= !drop && depth > 0 ? 1 : 0;
            }
            else if (!tag.IsSelfClosing)
            {
                drop = depth >= maxDepth;
                dropped += drop ? 1 : 0;
                depth += drop ? 0 : 1;
            }

            if (drop)
            {
                kept ??= new StringBuilder(html.Length);
                kept.Append(html[copiedUpTo..open]);
                copiedUpTo = tag.End;
            }
        }

        return kept?.Append(html[copiedUpTo..]).ToString();
    }
}
