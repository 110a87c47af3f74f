using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>The publication and modification times a page declares: JSON-LD, then meta tags, then (publication only) a &lt;time&gt; element.</summary>
internal static class DeclaredDates
{
    private static readonly string[] PublicationTags =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published", "published_time", "published",
    ];

    private static readonly string[] CitationTags = ["citation_publication_date", "citation_date", "citation_online_date", "ms.date"];

    public static DateTimeOffset? Published(IDocument document, JsonLdArticle ld, MetaTags meta) =>
        DateValueParser.Parse(ld.DatePublished)
        ?? DateValueParser.Parse(meta.First(PublicationTags) ?? meta.First(CitationTags))
        ?? DateValueParser.Parse(FirstTimeElement(document));

    /// <summary>Whether a meta tag declares the publication (a page may declare it in JSON-LD alone).</summary>
    public static bool TagsDeclarePublication(MetaTags meta) => meta.First(PublicationTags) is not null || meta.First(CitationTags) is not null;

    public static DateTimeOffset? Modified(JsonLdArticle ld, MetaTags meta) =>
        DateValueParser.Parse(ld.DateModified)
        ?? DateValueParser.Parse(meta.First(
            "article:modified_time", "og:updated_time", "dateModified", "dcterms.modified", "last-modified"));

    /// <summary>
    /// The time marked as the publication, else the first inside an &lt;article&gt; (a side column listing other posts may
    /// come first in the markup), else the first.
    /// </summary>
    private static string? FirstTimeElement(IDocument document)
    {
        var times = DomWalker.DescendantElementsNamed(document, "time").Where(e => e.HasAttribute(null, "datetime")).Take(50).ToList();
        var chosen = times.FirstOrDefault(t => t.HasAttribute(null, "pubdate") || (t.GetAttribute(null, "itemprop") ?? "").Contains("datePublished", StringComparison.Ordinal))
            ?? times.FirstOrDefault(t => t.Closest("article") is not null)
            ?? times.FirstOrDefault();
        return chosen?.GetAttribute(null, "datetime");
    }
}
