using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The part of a non-article page that holds its content: the page's &lt;main&gt; (or role=main) when it holds
/// a fair share of the text, else the body, whose furniture the caller has already ruled out.
/// </summary>
internal static class MainRegion
{
    private const double MinimumShare = 0.3;

    public static IElement Find(IElement body, ExcludedNodes excluded, DocumentStats stats)
    {
        // Readable text, so that scripts and styles outside <main> do not make it look small.
        var pageText = Math.Max(1, stats.For(body).ReadableTextLength);
        var main = excluded.WalkElements(body)
            .Where(e => e.LocalName == "main" || e.GetAttribute(null, "role") == "main")
            .OrderByDescending(e => stats.For(e).ReadableTextLength)
            .FirstOrDefault();
        return main is not null && stats.For(main).ReadableTextLength >= pageText * MinimumShare ? main : body;
    }
}
