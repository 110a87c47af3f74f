using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// On a product or collection page, a byline only when the page declares one (JSON-LD or meta author tags). A name
/// found in the markup there is a reviewer's ("By Ann, Verified buyer"), a testimonial's or a price line's
/// ("billed annually by …"): of WCXB's 152 tune product and collection pages one credits an author, yet we named one on 27.
/// </summary>
internal static class ShopPageByline
{
    public static string? Keep(string? byline, PageType type, JsonLdArticle ld, MetaTags meta) =>
        type is not (PageType.Product or PageType.Collection) || byline is null || Declares(ld, meta) ? byline : null;

    private static bool Declares(JsonLdArticle ld, MetaTags meta) =>
        ld.Authors.Count > 0 || ld.PageAuthors.Count > 0
        || meta.All("author", "article:author", "dc.creator", "dc:creator", "citation_author", "parsely-author").Count > 0;
}
