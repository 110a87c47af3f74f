using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// German nouns for where someone comes from (`der Hamburger`, `die Kölnerin`, `der Österreicher`), with the words that tie a
/// person to that origin (`der Hamburger Tjark Evers`, `Evers aus Hamburg`). Formed by rule from a place the lexicon knows
/// (`Hamburg` + `er`/`erin`); the few irregular ones are listed. Read only as a cue's subject, where `der Berliner` is no pastry.
/// </summary>
internal static class GermanOriginNoun
{
    private static readonly FrozenDictionary<string, string> IrregularPlaces = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Münchner"] = "München",
        ["Österreicher"] = "Österreich",
        ["Schweizer"] = "Schweiz",
        ["Bremer"] = "Bremen",
        ["Zürcher"] = "Zürich",
        ["Dresdner"] = "Dresden",
        ["Italiener"] = "Italien",
        ["Spanier"] = "Spanien",
        ["Amerikaner"] = "Amerika",
        ["Kanadier"] = "Kanada",
        ["Brasilianer"] = "Brasilien",
        ["Norweger"] = "Norwegen",
        ["Belgier"] = "Belgien",
        ["Kroate"] = "Kroatien",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words tying a person to the origin <paramref name="noun"/> names, or null when it names none.</summary>
    public static string[]? TyingWords(string noun)
    {
        var masculine = noun.EndsWith("erin", StringComparison.Ordinal) || noun.EndsWith("ierin", StringComparison.Ordinal) ? noun[..^2] : noun;
        if (masculine.Length < 5 || !char.IsUpper(masculine[0]))
        {
            return null;
        }

        var place = IrregularPlaces.GetValueOrDefault(masculine)
            ?? (masculine.EndsWith("er", StringComparison.Ordinal) && EntityKnowledge.IsPlace(masculine[..^2]) ? masculine[..^2] : null);
        return place is null ? null : [masculine, masculine + "in", place];
    }
}
