using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Builds <see cref="ArticleMetadata"/> from JSON-LD, Open Graph and other meta tags, and the markup,
/// in that order of trust. Runs on the untouched document, before boilerplate removal.
/// </summary>
internal static class MetadataReader
{
    public static ArticleMetadata Read(IDocument document, MetaTags meta, JsonLdArticle ld, Uri? pageUri)
    {
        // The JSON-LD publisher names the publication where og:site_name names the platform (Medium, Substack).
        var siteName = MetadataText.Clean(ld.PublisherName ?? meta.First("og:site_name") ?? meta.First("application-name"));
        var pageTitle = DeclaredTitle.PageTitle(document);
        var title = DeclaredTitle.Read(document, ld, meta, siteName, pageTitle);
        var site = new SiteIdentity(siteName, MetadataText.Clean(ld.PublisherName), pageUri);
        return new ArticleMetadata
        {
            Title = title,
            Headline = DeclaredHeadline.Read(document, ld, meta, title, pageTitle, site),
            Byline = DeclaredByline.Read(document, ld, meta, site),
            Published = DeclaredDates.Published(document, ld, meta),
            Modified = DeclaredDates.Modified(ld, meta),
            SiteName = siteName,
            Language = MetadataText.Clean(document.DocumentElement?.GetAttribute(null, "lang"))
                ?? MetadataText.Clean(meta.First("og:locale")?.Replace('_', '-'))
                ?? MetadataText.Clean(meta.First("content-language", "language", "dc.language"))
                ?? MetadataText.Clean(ld.Language),
            CanonicalUrl = PageAddresses.Resolve(PageAddresses.LinkHref(document, "canonical"), pageUri)
                ?? PageAddresses.Resolve(meta.First("og:url"), pageUri),
            Image = PageAddresses.Resolve(meta.First("og:image", "og:image:url", "og:image:secure_url", "twitter:image"), pageUri)
                ?? PageAddresses.Resolve(ld.Image, pageUri),
            Excerpt = MetadataText.Clean(meta.First("description", "og:description", "twitter:description") ?? ld.Description),
        };
    }

    /// <summary>
    /// Adds the byline and date a page only shows as text, or declares for the web page rather than an article. Kept apart from <see cref="Read"/>: what a page declares
    /// is evidence of an article, while listings and shop pages show dates and "by" lines too.
    /// </summary>
    public static ArticleMetadata WithShownValues(IDocument document, ArticleMetadata declared, JsonLdArticle ld, MetaTags meta, Uri? pageUri, bool isThread) => declared with
    {
        Byline = OrganisationCredit.PreferShownPerson(declared, ld, document) ?? VisibleByline.Find(document) ?? HeadlineByline.Find(document) ?? VisibleByline.FindInAsides(document)
            ?? DataLayerAuthor.Find(document) ?? OwnerByline.Find(document, pageUri),
        Published = OriginallyPublished.Apply(
            ShownRevisionDay.Apply(MarkedPublicationTime.Apply(declared.Published, declared.Modified, document), declared.Modified, ld, meta, document, isThread) is { } published
                ? EarlierShownDay.Apply(ShownDayOffset.Apply(published, document), document, isThread)
                : UndeclaredDay.Find(document, ld, pageUri),
            document,
            isThread),
    };
}
