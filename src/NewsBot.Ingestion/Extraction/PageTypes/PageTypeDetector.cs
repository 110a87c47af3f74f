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
    public static PageTypeVerdict Detect(IDocument document, Uri? pageUri, ArticleMetadata metadata)
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

        DeclaredTypeVotes.Vote(SchemaTypes.Read(document), new MetaTags(document).First("og:type"), votes);
        UrlShape.Vote(pageUri, votes);
        if (document.Body is { } body)
        {
            StructureVotes.Vote(body, new ExcludedNodes(), votes);
        }

        return votes.Winner();
    }
}
