namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Cuts markup after a number of start tags, before the parser builds a node for each: a few megabytes of tiny
/// elements (nested lists, empty spans) would otherwise cost hundreds of megabytes of DOM. Real pages stay far below
/// the caps (the largest of 2,606 corpus pages has 15,800 start tags). Markup made of tiny elements is cut sooner than
/// markup whose elements carry text or attributes, which a long real page of many paragraphs still has.
/// </summary>
internal static class ElementBudget
{
    public const int MaxElements = 75_000;

    /// <summary>The cap for markup averaging under <see cref="TinyElementChars"/> characters per start tag.</summary>
    public const int MaxTinyElements = 30_000;

    /// <summary>
    /// Fewer characters than this per element is markup with next to no content (the soak's nested lists average 10);
    /// paragraphs of prose with a link each average over 30.
    /// </summary>
    public const int TinyElementChars = 16;

    /// <summary>The markup up to the start tag over the budget (all of it when within), and whether it was cut.</summary>
    public static (string Html, bool WasCut) Limit(string html, int maxElements = MaxElements, int maxTinyElements = MaxTinyElements) =>
        CutAt(html, maxElements, maxTinyElements) is { } cut ? (html[..cut], true) : (html, false);

    /// <summary>Where the markup is cut: before the start tag over the budget; null when it is within.</summary>
    public static int? CutAt(ReadOnlySpan<char> html, int maxElements = MaxElements, int maxTinyElements = MaxTinyElements)
    {
        // Every start tag opens with '<': markup holding no more of them than the smaller cap cannot pass either (a
        // vectorised count, where the tag scan below reads every tag of every page).
        if (html.Count('<') <= Math.Min(maxElements, maxTinyElements))
            return null;
        var elements = 0;
        var position = 0;
        while (position < html.Length && HtmlTagScanner.IndexOf(html, '<', position) is var open and >= 0)
        {
            var tag = HtmlTagScanner.Scan(html, open);
            position = tag.End;
            if (!tag.HasName || tag.IsEnd)
                continue;
            if (++elements > maxElements || (elements > maxTinyElements && open < (long)maxTinyElements * TinyElementChars))
                return open;
            if (NestingLimiter.IsRawText(tag.Name(html)))
                position = HtmlTagScanner.EndOfRawText(html, tag.End, tag.Name(html));
        }
        return null;
    }
}
