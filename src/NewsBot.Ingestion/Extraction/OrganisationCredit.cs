using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A credit the JSON-LD types as an organisation and that names the site itself (the publisher's own node behind an
/// <c>@id</c>) gives way to the person the page labels as its writer ("Article written by:" over the name): the site only
/// hosts the page. An organisation that is not the site ("Contributors to Wikimedia projects") stays, as the labelled name
/// may credit a picture; the shown name must read as a person's (credentials after a comma aside).
/// </summary>
internal static class OrganisationCredit
{
    public static string? PreferShownPerson(ArticleMetadata declared, JsonLdArticle ld, IDocument document) =>
        declared.Byline is { } credited && ld.AuthorsAreOrganisations
        && string.Equals(credited, declared.SiteName, StringComparison.OrdinalIgnoreCase)
        && VisibleByline.Find(document) is { } shown && PersonNameShape.IsPerson(shown.Split(',', 2)[0])
            ? shown
            : declared.Byline;
}
