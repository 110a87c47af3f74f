namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>
/// The words of a page address's last path segment ("/blog/harbour-lights-reopen.html" → harbour, lights, reopen): sites
/// write the slug from the title their editors gave the page, so a candidate that shares its words is more likely that title.
/// </summary>
internal sealed class AddressWords
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

    /// <summary>
    /// Lower-cased runs of ASCII letters and digits: slugs drop accents and punctuation. Read by a loop, not a pattern: every
    /// title candidate of every page is read, and the matches cost more than the words.
    /// </summary>
    private static HashSet<string> Words(string text)
    {
        var (lower, words, start) = (text.ToLowerInvariant(), new HashSet<string>(StringComparer.Ordinal), -1);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i <= lower.Length; i++)
        {
            var inWord = i < lower.Length && lower[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                lookup.Add(lower.AsSpan(start, i - start));
                start = -1;
            }
        }

        return words;
    }
}
