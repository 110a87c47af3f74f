using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Finds a byline in the page body: rel=author links, itemprop=author, or byline/author elements.</summary>
internal static class BylineFinder
{
    private const int MaxBylineChars = 100;
    private static readonly string[] HintWords = ["byline", "author", "writtenby", "dateline", "contributor"];

    public static string? Find(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        foreach (var element in DomWalker.DescendantElements(body))
        {
            if (!LooksLikeByline(element))
            {
                continue;
            }

            var source = DomWalker.DescendantElements(element, 200).FirstOrDefault(e => Has(e.GetAttribute("itemprop"), "name")) ?? element;
            var text = DomText.Of(source, MaxBylineChars * 2);
            if (text.Length is > 0 and <= MaxBylineChars && BylineCleaner.Clean(text) is { } byline)
            {
                return byline;
            }
        }

        return null;
    }

    private static bool LooksLikeByline(IElement element)
    {
        if (element.LocalName is "script" or "style" or "meta" or "link")
        {
            return false;
        }

        if (Has(element.GetAttribute("rel"), "author") || Has(element.GetAttribute("itemprop"), "author"))
        {
            return true;
        }

        var hint = ElementHints.Of(element).ToLowerInvariant();
        return HintWords.Any(w => hint.Contains(w, StringComparison.Ordinal))
            && !hint.Contains("bio", StringComparison.Ordinal)
            && !hint.Contains("avatar", StringComparison.Ordinal);
    }

    private static bool Has(string? list, string word) =>
        list is not null && list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.OrdinalIgnoreCase);
}
