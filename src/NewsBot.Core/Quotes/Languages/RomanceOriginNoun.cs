using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// French, Spanish, Italian and Portuguese nouns for where someone comes from (`le Lyonnais`, `el madrileño`, `il milanese`,
/// `o carioca`): a country's word the lexicon knows, a place the lexicon knows with a demonym ending (`Valencia` +
/// `ano`), or one of the few irregular ones listed. Read only as a cue's subject, where `la Marseillaise` is no anthem.
/// </summary>
internal static class RomanceOriginNoun
{
    /// <summary>Masculine and feminine endings per language; the stem before them, with an ending added, names the place.</summary>
    private static readonly FrozenDictionary<string, (string Masculine, string Feminine)[]> Endings = new Dictionary<string, (string, string)[]>
    {
        ["es"] = [("eño", "eña"), ("ense", "ense"), ("ano", "ana"), ("ino", "ina"), ("és", "esa")],
        ["it"] = [("ese", "ese"), ("ano", "ana"), ("ino", "ina")],
        ["fr"] = [("ais", "aise"), ("ois", "oise"), ("ien", "ienne"), ("ain", "aine")],
        ["pt"] = [("ense", "ense"), ("ano", "ana"), ("ino", "ina"), ("ês", "esa"), ("eiro", "eira")],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] PlaceEndings = ["", "a", "o", "e", "ia", "i"];

    private static readonly FrozenSet<string> SingularArticles = FrozenSet.ToFrozenSet(["el", "la", "il", "lo", "le", "o", "a"], StringComparer.Ordinal);

    /// <summary>`el madrileño`, `il milanese dopo la gara`: a singular article and an origin noun, then at most a complement.</summary>
    public static RomanceOrigin? Described(List<Word> description, string language) =>
        description.Count >= 2 && SingularArticles.Contains(description[0].Lower)
        && (description.Count == 2 || !description[2].IsCapitalized) ? Of(description[1].Text, language) : null;

    public static RomanceOrigin? Of(string noun, string language)
    {
        if (noun.Length < 5 || !Endings.TryGetValue(language, out var endings))
        {
            return null;
        }

        var lower = noun.ToLowerInvariant();
        foreach (var (masculine, feminine) in endings)
        {
            var stem = lower.EndsWith(feminine, StringComparison.Ordinal) ? lower[..^feminine.Length]
                : lower.EndsWith(masculine, StringComparison.Ordinal) ? lower[..^masculine.Length] : null;
            if (stem is null || stem.Length < 3)
            {
                continue;
            }

            var place = RomanceIrregularOrigins.PlaceOf(stem + masculine, language) ?? PlaceOf(stem);
            if (place is not null || EntityKnowledge.IsDemonym(stem + masculine) || EntityKnowledge.IsDemonym(lower))
            {
                return new RomanceOrigin(Forms(stem + masculine, stem + feminine), place);
            }
        }

        // `le Belge`, `o carioca`, `el belga`: one form for both genders.
        var invariant = RomanceIrregularOrigins.PlaceOf(lower, language);
        return invariant is not null || EntityKnowledge.IsDemonym(lower) ? new RomanceOrigin([lower, Capitalised(lower)], invariant) : null;
    }

    /// <summary>`valenci` → `Valencia`, `lyonn` → `Lyon`: the stem with a place ending, or its doubled consonant undone.</summary>
    private static string? PlaceOf(string stem)
    {
        foreach (var candidate in stem.Length > 3 && stem[^1] == stem[^2] ? [stem, stem[..^1]] : new[] { stem })
        {
            foreach (var ending in PlaceEndings)
            {
                var place = char.ToUpperInvariant(candidate[0]) + candidate[1..] + ending;
                if (place.Length >= 4 && EntityKnowledge.IsPlace(place))
                {
                    return place;
                }
            }
        }

        return null;
    }

    private static string[] Forms(string masculine, string feminine) =>
        masculine == feminine ? [masculine, Capitalised(masculine)] : [masculine, feminine, Capitalised(masculine), Capitalised(feminine)];

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
