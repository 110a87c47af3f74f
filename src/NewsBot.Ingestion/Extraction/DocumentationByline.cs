using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// On a documentation page, no byline that credits an organisation: a JSON-LD author typed as one, the site itself, or
/// the edit line's "MDN contributors". Of WCXB's 66 tune documentation pages, the 3 whose truth names someone name a
/// person or a member handle, while the 16 where we named someone the truth does not were all such credits.
/// </summary>
internal static class DocumentationByline
{
    public static string? Keep(string? byline, PageType type, JsonLdArticle ld, SiteIdentity site) =>
        type != PageType.Documentation || byline is null || !CreditsAnOrganisation(byline, ld, site) ? byline : null;

    private static bool CreditsAnOrganisation(string byline, JsonLdArticle ld, SiteIdentity site) =>
        ld.AuthorsAreOrganisations || byline.EndsWith("contributors", StringComparison.OrdinalIgnoreCase) || site.Names(byline);
}
