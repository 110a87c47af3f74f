namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Cuts markup after a number of start tags, before the parser builds a node for each: a few megabytes of tiny
/// elements (nested lists, empty spans) would otherwise cost hundreds of megabytes of DOM. Real pages stay far below
/// the cap (the largest of 2,606 corpus pages has 15,800 start tags).
/// </summary>
internal static class ElementBudget
{
    public const int MaxElements = 75_000;

    /// <summary>The markup up to the start tag over the budget (all of it when within), and whether it was cut.</summary>
    public static (string Html, bool WasCut) Limit(string html, int maxElements = MaxElements)
    {
        var elements = 0;
        var position = 0;
        while (position < html.Length && html.IndexOf('<', position) is var open and >= 0)
        {
            var tag = HtmlTagScanner.Scan(html, open);
            position = tag.End;
            if (!tag.HasName || tag.IsEnd)
                continue;
            if (++elements > maxElements)
                return (html[..open], true);
            if (NestingLimiter.IsRawText(tag.Name(html)))
                position = HtmlTagScanner.EndOfRawText(html, tag.End, tag.Name(html));
        }
        return (html, false);
    }
}
