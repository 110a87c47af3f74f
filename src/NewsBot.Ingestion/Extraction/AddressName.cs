using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A person's name spelled by a site's address: the letters of the domain's own label ("erik-demaine" in
/// "www.erik-demaine.example") against two or three capitalised words of a text, read whole ("Erik Demaine").
/// </summary>
internal static class AddressName
{
    /// <summary>Shorter labels ("jdoe", "bbc") spell initials or brands more often than names.</summary>
    private const int MinimumLetters = 6;

    private const int MaximumWords = 3;

    /// <summary>The lower-case letters of the label before the top-level domain, or null when it is too short to be a name.</summary>
    public static string? Letters(Uri? pageUri)
    {
        if (pageUri is null || pageUri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var labels = pageUri.Host.Split('.');
        if (labels.Length < 2)
        {
            return null;
        }

        var letters = string.Concat(labels[^2].Where(char.IsLetter)).ToLowerInvariant();
        return letters.Length >= MinimumLetters ? letters : null;
    }

    /// <summary>
    /// The first run of capitalised words in <paramref name="text"/> whose letters are exactly <paramref name="letters"/> and
    /// that reads as a person's name in <paramref name="language"/> (one of the lexicons' languages).
    /// </summary>
    public static string? Spelled(string? text, string letters, string language) => Spelled(text.AsSpan(), letters, language);

    /// <summary>The same reading of a span: the body's text is read in a pooled buffer, not copied into a string.</summary>
    public static string? Spelled(ReadOnlySpan<char> text, string letters, string language)
    {
        for (var start = NextWord(text, 0); start < text.Length; start = NextWord(text, WordEnd(text, start)))
        {
            if (char.IsUpper(text[start]) && NameFrom(text, start, letters, language) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static string? NameFrom(ReadOnlySpan<char> text, int start, string letters, string language)
    {
        var matched = 0;
        var end = start;
        for (var words = 1; words <= MaximumWords && end < text.Length && char.IsUpper(text[end]); words++)
        {
            var wordEnd = WordEnd(text, end);
            for (var i = end; i < wordEnd; i++)
            {
                if (matched == letters.Length || char.ToLowerInvariant(text[i]) != letters[matched++])
                {
                    return null;
                }
            }

            if (matched == letters.Length)
            {
                var name = string.Join(' ', text[start..wordEnd].ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                return words > 1 && ReadsAsOwner(name, language) ? name : null;
            }

            // Only white space may part the words: "Erik (Demaine" or "Erik-Demaine" is no name.
            end = NextWord(text, wordEnd);
            if (end == wordEnd || !text[wordEnd..end].IsWhiteSpace())
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A given name first and a last word the page's language does not use as a common word: a business named after its founder or place
    /// reads "Robert Half", "Austin Hardware", "Noble Desktop", while an owner's surname is rarely a word.
    /// </summary>
    private static bool ReadsAsOwner(string name, string language)
    {
        if (!PersonNameShape.IsPerson(name))
        {
            return false;
        }

        var lexicon = EntityLexicon.Shared;
        var words = name.Split(' ');
        return lexicon.IsGivenName(words[0]) && !lexicon.Lookup(words[^1], language).HasFlag(LexiconFlags.CommonWord);
    }

    private static int NextWord(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && !char.IsLetter(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && char.IsLetter(text[from]))
        {
            from++;
        }

        return from;
    }
}
