using AngleSharp.Dom;
using NewsBot.Core.Articles;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The owner of a personal site whose address is their name ("janeroe.example" writing "Jane Roe" in its title, a logo's
/// text or a menu link): on an article page that credits nobody else, that person wrote it. Only a name the entity lexicons
/// take for a person's counts, and only on articles: a listing, shop or service page named after its founder ("Robert Half")
/// is a business, and its truth names no author.
/// </summary>
internal static class AddressOwner
{
    private const int TextLookedAt = 20_000;
    private const int ImagesLookedAt = 40;

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

        if (document.Body is not { } body)
        {
            return null;
        }

        return AddressName.Spelled(DomText.Of(body, TextLookedAt), letters, language)
            ?? DomWalker.DescendantElements(body).Where(e => e.LocalName == "img").Take(ImagesLookedAt)
                .Select(img => AddressName.Spelled(img.GetAttribute(null, "alt"), letters, language)).FirstOrDefault(name => name is not null);
    }
}
