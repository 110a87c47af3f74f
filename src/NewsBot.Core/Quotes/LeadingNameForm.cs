namespace NewsBot.Core.Quotes;

/// <summary>
/// `says Te Kaurinui` where the article gave `Te Kaurinui Robert Parata`, `Mary Ann said` after `Mary Ann Holt`: a name of
/// two or more words that opens a longer person's name is that person's given names, not a full name of its own. People
/// with different surnames opening with the same words leave it as written.
/// </summary>
internal static class LeadingNameForm
{
    /// <summary>The longer name <paramref name="written"/> opens, unless <paramref name="full"/> already names more than it does.</summary>
    public static NameMention? Extend(NameIndex names, NameMention? full, IReadOnlyList<string> written, int position) =>
        full is not null && SpacedCount(full.Words) > SpacedCount(written) ? full : Find(names, written, position) ?? full;

    private static NameMention? Find(NameIndex names, IReadOnlyList<string> written, int position)
    {
        // A particle-joined name arrives as one word with a space (`Te Kaurinui`); its words are what opens the longer name.
        var words = Spaced(written);
        if (words.Count < 2)
        {
            return null;
        }

        var opening = names.Mentions.Where(m => m is { Kind: NameKind.Person, InsideQuote: false } && OpensWith(m.Words, words[0]) && Opens(Spaced(m.Words), words)).ToList();
        // A form that a longer one goes on from is the same person cut short (`Kauri (Te Kaurinui Robert) Parata`).
        var people = opening.Where(m => !opening.Any(o => o != m && Opens(Spaced(o.Words), Spaced(m.Words)))).ToList();
        if (people.Select(m => m.LastWord).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }

        // The longest form before the quote names the person most fully (`Te Kaurinui Robert Parata`, not a caption's `Te Kaurinui Parata`).
        return people.Where(m => m.Span.Start < position).MaxBy(m => Spaced(m.Words).Count) ?? people.First();
    }

    private static List<string> Spaced(IReadOnlyList<string> words) => words.SelectMany(w => w.Split(' ')).ToList();

    /// <summary>The number of words <see cref="Spaced"/> gives, without splitting.</summary>
    private static int SpacedCount(IReadOnlyList<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += word.AsSpan().Count(' ') + 1;
        }

        return count;
    }

    /// <summary>
    /// Whether the first of <see cref="Spaced"/>'s words is <paramref name="first"/>: a check without splitting that turns away
    /// most of the article's mentions before <see cref="Opens"/> (splitting every mention for every quote was 2% of extraction).
    /// </summary>
    private static bool OpensWith(IReadOnlyList<string> words, string first)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var opening = words[0].AsSpan();
        var space = opening.IndexOf(' ');
        return (space < 0 ? opening : opening[..space]).SequenceEqual(first);
    }

    private static bool Opens(List<string> full, List<string> words)
    {
        // `Donald Trump Jr.` is not who `Donald Trump` is: a generational suffix alone names another man.
        if (full.Count <= words.Count || (full.Count == words.Count + 1 && full[^1].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV"))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!string.Equals(full[i], words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        // `Maren Holt of Nordvik`, `Paul Weber der Zeitung`: a mention that runs on through a lower-case word into a body is
        // that person and where they work, not a longer name.
        return full.Skip(words.Count).All(w => w.Length > 0 && char.IsUpper(w[0]));
    }
}
