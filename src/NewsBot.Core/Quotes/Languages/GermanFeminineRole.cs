namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A German woman's title made of a man's with `-in`, which the role lists do not all hold: `Kanzlerin`, and with the
/// stem's umlaut `Stadträtin` (`Stadtrat`), `Landesrätin`, `Anwältin`, `Personalvorständin` (`Vorstand`). The stem must be
/// a known role, so `Berlin` or `Medizin` are none; `-rätin` is always a councillor (`Stadtrat` may be the council).
/// </summary>
internal static class GermanFeminineRole
{
    private const int MinLength = 6;

    public static bool Is(string word, Func<string, bool> isRole)
    {
        if (word.Length <= MinLength || !word.EndsWith("in", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word[..^2];
        if (isRole(stem) || word.EndsWith("rätin", StringComparison.Ordinal))
        {
            return true;
        }

        var umlaut = stem.LastIndexOfAny(Umlauts);
        return umlaut > 0 && stem.Length - umlaut <= MaxUmlautDistance && isRole(string.Concat(stem.AsSpan(0, umlaut), Plain(stem[umlaut]), stem.AsSpan(umlaut + 1)));
    }

    /// <summary>The umlaut of the stem's last syllable (`Rät-`, `Anwält-`, `Vorständ-`), not one further back (`Bürgermeister`).</summary>
    private const int MaxUmlautDistance = 4;

    private static readonly char[] Umlauts = ['ä', 'ö', 'ü'];

    private static string Plain(char umlaut) => umlaut switch
    {
        'ä' => "a",
        'ö' => "o",
        _ => "u",
    };
}
