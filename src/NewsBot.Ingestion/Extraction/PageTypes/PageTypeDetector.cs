using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Decides what kind of page this is from signals that hold across sites: what the page declares (schema.org
/// types, og:type), the shape of its address and of its markup. Evidence adds up; without enough of it for
/// another type, the page is an article, so news pages keep the article path.
/// </summary>
public static class PageTypeDetector
{
    public static PageTypeVerdict Detect(IDocument document, Uri? pageUri, ArticleMetadata metadata) =>
        Detect(document, pageUri, metadata, bodyStats: null, meta: null);

    /// <param name="bodyStats">The body's measures with nothing excluded, when the caller has them already.</param>
    /// <param name="meta">The page's meta tags, when the caller has read them already (each read walks the whole page).</param>
    internal static PageTypeVerdict Detect(IDocument document, Uri? pageUri, ArticleMetadata metadata, DocumentStats? bodyStats, MetaTags? meta)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(metadata);
        var votes = new PageTypeVotes();
        if (metadata.Byline is not null)
        {
            votes.Add(PageType.Article, 1);
        }

        if (metadata.Published is not null)
        {
            votes.Add(PageType.Article, 1);
        }

        DeclaredTypeVotes.Vote(SchemaTypes.Read(document), (meta ?? new MetaTags(document)).First("og:type"), votes);
        UrlShape.Vote(pageUri, votes);
        if (document.Body is { } body)
        {
            var nothingExcluded = new ExcludedNodes();
            StructureVotes.Vote(body, nothingExcluded, votes, bodyStats ?? DocumentStats.Measure(body, nothingExcluded));
        }

        return votes.Winner();
    }
}
