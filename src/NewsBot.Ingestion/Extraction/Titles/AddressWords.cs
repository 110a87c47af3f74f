using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>
/// The words of a page address's last path segment ("/blog/harbour-lights-reopen.html" → harbour, lights, reopen): sites
/// write the slug from the title their editors gave the page, so a candidate that shares its words is more likely that title.
/// </summary>
internal sealed partial class AddressWords
{
    private readonly HashSet<string> _slug;

    private AddressWords(HashSet<string> slug) => _slug = slug;

    public static AddressWords Of(Uri? pageUri)
    {
        if (pageUri is not { IsAbsoluteUri: true })
        {
            return new AddressWords([]);
        }

        var segment = Uri.UnescapeDataString(pageUri.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var extension = segment.LastIndexOf('.');
        return new AddressWords(Words(extension >= 0 ? segment[..extension] : segment));
    }

    /// <summary>The share of the text's words that are in the slug, and the share of the slug's words that are in the text.</summary>
    public (double Share, double Cover) Overlap(string text)
    {
        var words = Words(text);
        if (words.Count == 0 || _slug.Count == 0)
        {
            return (0, 0);
        }

        var shared = words.Count(_slug.Contains);
        return (shared / (double)words.Count, shared / (double)_slug.Count);
    }

    /// <summary>Lower-cased runs of ASCII letters and digits: slugs drop accents and punctuation.</summary>
    private static HashSet<string> Words(string text) =>
        new(AsciiWord().Matches(text.ToLowerInvariant()).Select(m => m.Value), StringComparer.Ordinal);

    [GeneratedRegex("[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiWord();
}
