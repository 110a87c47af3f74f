using AngleSharp.Dom;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>The byline and headline a page type reads its own way: a thread's starter, a shop's or a documentation site's brand credit, an address owner.</summary>
internal static class PageTypeBylines
{
    public static ArticleMetadata Adjust(
        ArticleMetadata metadata, PageType type, IDocument document, IElement body, JsonLdArticle jsonLd, MetaTags meta, Uri? pageUri, string? labelledStarter)
    {
        if (type == PageType.Forum)
        {
            metadata = metadata with { Byline = labelledStarter ?? ForumStarter.Find(body) ?? metadata.Byline, Headline = ThreadHeadline.WithoutLabel(metadata.Headline, jsonLd, meta) };
        }

        metadata = metadata with { Byline = ShopPageByline.Keep(metadata.Byline, type, jsonLd, meta) };
        metadata = metadata with { Byline = DocumentationByline.Keep(metadata.Byline, type, jsonLd, new SiteIdentity(metadata.SiteName, jsonLd.PublisherName, pageUri)) };
        metadata = metadata with { Byline = AddressOwner.Keep(metadata.Byline, type, document, pageUri) };

        return metadata;
    }
}
