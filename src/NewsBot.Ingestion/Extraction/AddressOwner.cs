using AngleSharp.Dom;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The owner of a personal site whose address is their name ("janeroe.example" writing "Jane Roe" in its title, a menu
/// link or a footer): on an article page that credits nobody else, that person wrote it. Only a name the entity lexicons
/// take for a person's counts, and only on articles: a listing, shop or service page named after its founder ("Robert Half")
/// is a business, and no one in particular wrote it.
/// </summary>
internal static class AddressOwner
{
    private const int TextLookedAt = 20_000;

    public static string? Keep(string? byline, PageType type, IDocument document, Uri? pageUri) =>
        byline is null && type == PageType.Article && AddressName.Letters(pageUri) is { } letters ? Find(document, letters) : byline;

    private static string? Find(IDocument document, string letters)
    {
        // Every lexicon's common words together would take rare surnames for words somewhere ("Neill" ranks in Portuguese).
        var language = document.DocumentElement?.GetAttribute(null, "lang") is { } lang && LexiconLanguages.IndexOf(lang) >= 0 ? lang : "en";
        if (AddressName.Spelled(document.Title, letters, language) is { } titled)
        {
            return titled;
        }

        // Image alts are not read: the markup is stripped of attributes no reader names before it is parsed.
        return document.Body is { } body ? DomText.Scan(body, TextLookedAt, text => AddressName.Spelled(text, letters, language)) : null;
    }
}
