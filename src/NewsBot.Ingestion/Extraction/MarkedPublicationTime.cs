using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A declared publication that equals the declared modification to the second is a save stamp, not the article's day: a
/// CMS that writes both on every save loses the first day. The page's own <c>&lt;time pubdate&gt;</c> (or one marked
/// <c>itemprop="datePublished"</c>) naming an earlier day keeps it. With the two declared times apart the declared
/// publication stands (on WCXB tune a marked time before a distinct declared publication was the truth on none of two pages).
/// </summary>
internal static class MarkedPublicationTime
{
    private const int MaxTimeElements = 50;

    public static DateTimeOffset? Apply(DateTimeOffset? published, DateTimeOffset? modified, IDocument document) =>
        published is { } declared && modified == declared && Find(document) is { } marked && marked.Date < declared.Date ? marked : published;

    private static DateTimeOffset? Find(IDocument document) =>
        DomWalker.DescendantElementsNamed(document, "time")
            .Where(e => e.HasAttribute(null, "datetime"))
            .Take(MaxTimeElements)
            .Where(t => t.HasAttribute(null, "pubdate") || (t.GetAttribute(null, "itemprop") ?? "").Contains("datePublished", StringComparison.Ordinal))
            .Select(t => DateValueParser.Parse(t.GetAttribute(null, "datetime")))
            .FirstOrDefault(d => d is not null);
}
