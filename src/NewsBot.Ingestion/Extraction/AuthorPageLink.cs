using System.Text;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The author a page links to by name: a link to an author page whose address ends in the name it shows
/// ("/blog/author/jane-roe/" reading "Jane Roe", "/autor/ecowriter" reading "EcoWriter"). The address and the text agreeing is
/// what tells a credit from a list of the site's writers or a menu entry, in any language the path is written in; an
/// author box may show the name beside a link that reads "More by Jane".
/// </summary>
internal static class AuthorPageLink
{
    private const int MaxNameChars = 60;
    private const int MaxLinksRead = 2_000;
    private const int MaxBoxChars = 200;

    private static readonly string[] AuthorPaths =
        ["/author/", "/authors/", "/autor/", "/autores/", "/autore/", "/autori/", "/auteur/", "/auteurs/", "/writer/", "/writers/", "/journalist/", "/profile/", "/people/"];

    public static string? Find(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        foreach (var link in DomWalker.DescendantElementsNamed(body, "a").Take(MaxLinksRead))
        {
            if (link.GetAttribute(null, "href") is not { } href || Slug(href) is not { } slug)
            {
                continue;
            }

            foreach (var shown in new[] { DomText.Of(link, MaxNameChars + 1), link.GetAttribute(null, "aria-label"), link.GetAttribute(null, "title") })
            {
                if (shown is { Length: > 0 and <= MaxNameChars } && Letters(shown) is { Length: > 1 } letters && letters == Letters(slug))
                {
                    return BylineCleaner.Clean(shown);
                }
            }

            if (NameBeside(link, Letters(slug)) is { } beside)
            {
                return BylineCleaner.Clean(beside);
            }
        }

        return null;
    }

    /// <summary>
    /// The name an author box shows beside its link when the link itself says something else ("Jane Roe", "Staff
    /// Writer", then a button "More by Jane" to "/authors/jane-roe"): a short text in the link's parent that agrees with the slug.
    /// </summary>
    private static string? NameBeside(IElement link, string slugLetters)
    {
        if (slugLetters.Length < 2 || link.ParentElement is not { } box || DomText.Of(box, MaxBoxChars + 1).Length > MaxBoxChars)
        {
            return null;
        }

        return box.Descendants<IText>().Select(t => t.Data.Trim()).FirstOrDefault(t => t.Length is > 1 and <= MaxNameChars && Letters(t) == slugLetters);
    }

    /// <summary>The path segment after an author path ("jane-roe"), when the link goes to one.</summary>
    private static string? Slug(string href)
    {
        foreach (var path in AuthorPaths)
        {
            var at = href.IndexOf(path, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var rest = href[(at + path.Length)..];
                var end = rest.IndexOfAny(['?', '#']);
                var segments = (end >= 0 ? rest[..end] : rest).Split('/', StringSplitOptions.RemoveEmptyEntries);
                return segments.Length == 1 ? segments[0] : null;
            }
        }

        return null;
    }

    /// <summary>The letters alone, lower-cased and without accents: "José Roe", "jose-roe" and "joseroe" agree.</summary>
    private static string Letters(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(char.IsLetter).Select(char.ToLowerInvariant));
}
