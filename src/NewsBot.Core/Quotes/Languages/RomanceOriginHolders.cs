namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The people an article tied a Romance origin to before a position: the person named right after the noun (`el madrileño
/// Luis Ferrán`, `il milanese Marco Brambilla`) and the one named just before the place after `de`/`di`/`da` (`Jordi
/// Pellicer, de Valencia`), with whoever is coordinated with them (`X et Y, deux joueuses de Marseille`). One holder is the
/// epithet's referent; two or none leave it to no one.
/// </summary>
internal static class RomanceOriginHolders
{
    private const int PlaceReach = 40;

    private static readonly string[] OfWords = ["de", "di", "da", "do", "du"];

    public static PersonMention? Single(string text, PersonNames people, RomanceOrigin origin, int position)
    {
        PersonMention? holder = null;
        foreach (var noun in origin.Nouns)
        {
            foreach (var at in Occurrences(text, people, noun, position))
            {
                if (people.Latest(FollowingNameEnd(text, at + noun.Length), at + noun.Length, Gender.Unknown) is { } named
                    && !Add(ref holder, named, people.IsCoordinated(named)))
                {
                    return null;
                }
            }
        }

        if (origin.Place is not { } place)
        {
            return holder;
        }

        foreach (var at in Occurrences(text, people, place, position))
        {
            if (people.Latest(at, Math.Max(0, at - PlaceReach), Gender.Unknown) is { } before && OfWordBetween(text, before, at)
                && !Add(ref holder, before, people.IsCoordinated(before)))
            {
                return null;
            }
        }

        return holder;
    }

    /// <summary>False when the person makes a second holder, or is one of two coordinated people.</summary>
    private static bool Add(ref PersonMention? holder, PersonMention person, bool coordinated)
    {
        if (coordinated || (holder is not null && holder.Words[^1] != person.Words[^1]))
        {
            return false;
        }

        holder ??= person;
        return true;
    }

    private static IEnumerable<int> Occurrences(string text, PersonNames people, string word, int position)
    {
        foreach (var at in WordOccurrences.Before(text, word, position))
        {
            if (!people.InsideQuote(at))
            {
                yield return at;
            }
        }
    }

    /// <summary>The end of the capitalised words right after the noun, where a name written after it would stand.</summary>
    private static int FollowingNameEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return end < text.Length && char.IsUpper(text[end]) ? end + 1 : from;
    }

    /// <summary>`Pellicer, de Valencia`: only the of-word stands between the name and the place.</summary>
    private static bool OfWordBetween(string text, PersonMention person, int at)
    {
        var end = person.Start;
        foreach (var part in person.Words)
        {
            var found = text.IndexOf(part, end, StringComparison.Ordinal);
            if (found < 0 || found >= at)
            {
                return false;
            }

            end = found + part.Length;
        }

        var between = text.AsSpan(end, at - end).Trim(", ");
        foreach (var of in OfWords)
        {
            if (between.Equals(of, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
