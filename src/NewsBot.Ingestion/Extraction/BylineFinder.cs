using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Finds a byline in the page body: rel=author links and itemprop=author first, then elements whose
/// class or id names an author's name (author-name, byline__name), then any byline or author element.
/// Inside such an element, a name part or links to author pages are preferred to the whole text (which may add a role).
/// </summary>
internal static class BylineFinder
{
    private const int MaxBylineChars = 100;
    private const int MaxBylineWords = 10;

    private static readonly HashSet<string> HintWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "byline", "bylines", "author", "authors", "writtenby", "contributor", "authorname", "byl",
    };

    /// <summary>
    /// Parts of author boxes that are not the name itself, readers' comments (WordPress's "comment-author vcard":
    /// "Name says:"), whose authors never wrote the page, and a byline row's tags and edit-history link ("History").
    /// </summary>
    private static readonly HashSet<string> NotTheName = new(StringComparer.OrdinalIgnoreCase)
    {
        "bio", "avatar", "image", "img", "photo", "follow", "tweet", "social", "link", "links", "title", "description", "comment", "comments",
        "tag", "tags", "category", "categories", "edit", "history",
    };

    /// <summary>Where a blog files its posts by subject: a link there in a byline row names a subject, not a writer.</summary>
    private static readonly string[] TaxonomyPaths = ["/tag/", "/tags/", "/category/", "/categories/"];

    private static readonly string[] BylineStems = ["author", "byl", "writtenby", "contributor"];

    private static readonly string[] AuthorPaths = ["/author/", "/authors/", "/writer/", "/writers/", "/people/", "/profile/", "/journalist/", "/auteur/"];

    public static string? Find(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var elements = DomWalker.DescendantElements(body).Where(e => e.LocalName is not ("script" or "style")).ToList();
        return elements.Where(IsMarkedAuthor).Select(TextOf).FirstOrDefault(t => t is not null)
            ?? elements.Where(IsNamedAuthorName).Select(TextOf).FirstOrDefault(t => t is not null)
            ?? elements.Where(IsNamedByline).Select(TextOf).FirstOrDefault(t => t is not null);
    }

    /// <summary>The credit the page marks as its author (rel=author, itemprop=author), whatever its shape: a member's handle too.</summary>
    public static string? FindMarked(IDocument document) =>
        document.Body is { } body
            ? DomWalker.DescendantElements(body).Where(e => e.LocalName is not ("script" or "style")).Where(IsMarkedAuthor).Select(TextOf).FirstOrDefault(t => t is not null)
            : null;

    private static string? TextOf(IElement element)
    {
        var inside = DomWalker.DescendantElements(element, 200).ToList();
        var source = inside.FirstOrDefault(e => Has(e.GetAttribute(null, "itemprop"), "name")) ?? inside.FirstOrDefault(IsNamedAuthorName);
        if (source is null && inside.Where(IsAuthorPageLink).Select(l => DomText.Of(l, MaxBylineChars)).Distinct().ToList() is { Count: > 0 } names)
        {
            return Plausible(string.Join(", ", names));
        }

        // Microdata may give the name only as <meta itemprop="name" content="…">, which shows no text.
        return Plausible(source?.LocalName == "meta" ? source.GetAttribute(null, "content") ?? ""
            : source is null ? WithoutSubjects(DomText.Of(element, MaxBylineChars * 2), inside)
            : DomText.Of(source, MaxBylineChars * 2));
    }

    /// <summary>The row's text without its subject links' ("Personal finance · January 27, 2025" keeps only the date, which the cleaner drops).</summary>
    private static string WithoutSubjects(string text, List<IElement> inside)
    {
        foreach (var link in inside.Where(e => e.LocalName == "a" && IsTaxonomyLink(e)))
        {
            var subject = DomText.Of(link, MaxBylineChars);
            text = subject.Length == 0 ? text : text.Replace(subject, " ", StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static bool IsTaxonomyLink(IElement link) =>
        link.GetAttribute(null, "href") is { } href && TaxonomyPaths.Any(p => href.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static string? Plausible(string text)
    {
        var plausible = text.Length is > 0 and <= MaxBylineChars
            && !text.Contains('|', StringComparison.Ordinal)
            && text.Split(' ').Length <= MaxBylineWords;
        return plausible ? BylineCleaner.Clean(text) : null;
    }

    private static bool IsMarkedAuthor(IElement element) =>
        Has(element.GetAttribute(null, "rel"), "author") || Has(element.GetAttribute(null, "itemprop"), "author");

    private static bool IsNamedByline(IElement element)
    {
        if (!MayNameAnAuthor(element))
        {
            return false;
        }

        var words = HintWordsOf(element);
        return words.Any(IsBylineWord) && !words.Any(NotTheName.Contains);
    }

    private static bool IsNamedAuthorName(IElement element)
    {
        if (!MayNameAnAuthor(element))
        {
            return false;
        }

        var words = HintWordsOf(element);
        return (words.Contains("authorname", StringComparer.OrdinalIgnoreCase)
                || (words.Any(IsBylineWord) && words.Contains("name", StringComparer.OrdinalIgnoreCase)))
            && !words.Any(NotTheName.Contains);
    }

    private static bool IsAuthorPageLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute(null, "href") is { } href
        && AuthorPaths.Any(p => href.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every byline word holds one of these: most elements are ruled out before their names are split.</summary>
    private static bool MayNameAnAuthor(IElement element)
    {
        var (classes, id) = (element.GetAttribute(null, "class"), element.Id);
        foreach (var stem in BylineStems)
        {
            if (classes?.Contains(stem, StringComparison.OrdinalIgnoreCase) == true || id?.Contains(stem, StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    private static string[] HintWordsOf(IElement element) =>
        ElementHints.IsBare(element) ? [] : ElementHints.Of(element).Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsBylineWord(string word) =>
        HintWords.Contains(word) || word.EndsWith("byline", StringComparison.OrdinalIgnoreCase);

    private static bool Has(string? list, string word) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.OrdinalIgnoreCase);
}
