using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `sourit l'octogénaire`, `conta a sexagenária`, `dice il settantenne`, `relata la nonagenaria`: Romance nouns for a person of
/// an age, which papers write for the person they just portrayed instead of the name, as German writes `der 48-Jährige`. Such a
/// description refers back like a pronoun.
/// </summary>
internal static class DecadeAgeNoun
{
    private static readonly FrozenSet<string> Stems = new[]
    {
        "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire", "centenaire", "trentenaire", "quadra", "quinqua",
        "cuarentón", "cincuentón", "sesentón", "setentón", "sexagenari", "septuagenari", "octogenari", "nonagenari", "centenari",
        "sexagenári", "septuagenári", "octogenári", "nonagenári", "centenári", "quarentã", "cinquentã", "sessentã", "setentã",
        "quarentona", "cinquentona", "sessentona", "setentona", "trentenne", "quarantenne", "cinquantenne", "sessantenne", "settantenne", "ottantenne", "novantenne", "ultracentenari",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="lower"/> (an elided article aside) is such a noun, in either gender or number.</summary>
    public static bool Is(string lower)
    {
        var word = lower.Length > 2 && lower[1] is '\'' or '’' ? lower[2..] : lower;
        if (word.Length < 5)
        {
            return false;
        }

        return Stems.Contains(word) || Stems.Contains(word[..^1]) || (word.Length > 6 && (Stems.Contains(word[..^2]) || Stems.Contains(word[..^3])));
    }
}
