using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Finds a byline in the page body: rel=author links and itemprop=author first, then elements whose
/// class or id names them a byline or author.
/// </summary>
internal static class BylineFinder
{
    private const int MaxBylineChars = 100;
    private const int MaxBylineWords = 10;

    private static readonly HashSet<string> HintWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "byline", "bylines", "author", "authors", "writtenby", "contributor", "authorname", "byl",
    };

    /// <summary>Parts of author boxes that are not the name itself.</summary>
    private static readonly HashSet<string> NotTheName = new(StringComparer.OrdinalIgnoreCase)
    {
        "bio", "avatar", "image", "img", "photo", "follow", "tweet", "social", "link", "links", "title", "description",
    };

    public static string? Find(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var elements = DomWalker.DescendantElements(body).Where(e => e.LocalName is not ("script" or "style")).ToList();
        return elements.Where(IsMarkedAuthor).Select(TextOf).FirstOrDefault(t => t is not null)
            ?? elements.Where(IsNamedByline).Select(TextOf).FirstOrDefault(t => t is not null);
    }

    private static string? TextOf(IElement element)
    {
        var source = DomWalker.DescendantElements(element, 200).FirstOrDefault(e => Has(e.GetAttribute("itemprop"), "name")) ?? element;
        var text = DomText.Of(source, MaxBylineChars * 2);
        var plausible = text.Length is > 0 and <= MaxBylineChars
            && !text.Contains('|', StringComparison.Ordinal)
            && text.Split(' ').Length <= MaxBylineWords;
        return plausible ? BylineCleaner.Clean(text) : null;
    }

    private static bool IsMarkedAuthor(IElement element) =>
        Has(element.GetAttribute("rel"), "author") || Has(element.GetAttribute("itemprop"), "author");

    private static bool IsNamedByline(IElement element)
    {
        var words = ElementHints.Of(element).Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(HintWords.Contains) && !words.Any(NotTheName.Contains);
    }

    private static bool Has(string? list, string word) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.OrdinalIgnoreCase);
}
