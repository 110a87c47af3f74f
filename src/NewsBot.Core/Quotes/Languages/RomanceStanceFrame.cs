using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A stance phrase that introduces a quote as a verb of saying would: a copula, a word of conviction or opinion and the
/// complementizer (`Ana Ruiz es de la idea de que “…”`, `está convencido de que`, `est convaincue que`, `è dell'idea che`,
/// `está convicto de que`). The frame ends on the complementizer, so it only reads a lead. Words of mere certainty
/// (`seguro`, `certain`, `certo`) are left out: `il est certain que`, `è certo che` are impersonal and name no holder.
/// </summary>
internal static class RomanceStanceFrame
{
    private sealed record Frames(string[][] Copulas, string[][] Stances, string Complementizer, FrozenSet<string> CopulaStarts);

    private static readonly FrozenDictionary<string, Frames> ByLanguage = new Dictionary<string, Frames>(StringComparer.Ordinal)
    {
        ["es"] = Build(
            ["es", "era", "fue", "está", "estaba", "estuvo", "sigue", "seguía", "se mostró", "se muestra", "se mostraba", "se ha mostrado", "se declaró", "se declara", "se manifestó"],
            ["convencido de", "convencida de", "convencidos de", "convencidas de", "partidario de", "partidaria de", "partidarios de", "confiado en",
                "confiada en", "consciente de", "de la idea de", "de la opinión de", "del parecer de", "de la convicción de"],
            "que"),
        ["fr"] = Build(
            ["est", "était", "reste", "restait", "s'est montré", "s'est montrée", "se montre", "se montrait"],
            ["convaincu", "convaincue", "convaincus", "convaincues", "persuadé", "persuadée", "persuadés", "d'avis", "confiant", "confiante"],
            "que"),
        ["it"] = Build(
            ["è", "era", "resta", "rimane", "si è mostrato", "si è mostrata", "si mostra", "si è dichiarato", "si è dichiarata", "si dichiara"],
            ["convinto", "convinta", "convinti", "convinte", "persuaso", "persuasa", "fiducioso", "fiduciosa", "dell'idea", "del parere", "dell'avviso"],
            "che"),
        ["pt"] = Build(
            ["está", "estava", "é", "era", "se mostrou", "mostrou-se"],
            ["convencido de", "convencida de", "convicto de", "convicta de", "da opinião de", "da ideia de"],
            "que"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The frame starting at <paramref name="i"/>, spanning through its complementizer, or null.</summary>
    public static VerbMatch? At(IReadOnlyList<Word> words, int i, LanguageKnowledge language)
    {
        if (!ByLanguage.TryGetValue(language.Code, out var frames) || !frames.CopulaStarts.Contains(Normalised(words[i].Lower)))
        {
            return null;
        }

        var stance = i + Longest(words, i, frames.Copulas);
        var complementizer = stance == i ? i : stance + Longest(words, stance, frames.Stances);
        return complementizer > stance && complementizer < words.Count && words[complementizer].Lower == frames.Complementizer
            ? new VerbMatch(i, complementizer, null)
            : null;
    }

    private static Frames Build(string[] copulas, string[] stances, string complementizer) =>
        new(Split(copulas), Split(stances), complementizer, copulas.Select(c => c.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal));

    private static string[][] Split(string[] phrases) => [.. phrases.Select(p => p.Split(' '))];

    private static int Longest(IReadOnlyList<Word> words, int at, string[][] phrases)
    {
        var longest = 0;
        foreach (var parts in phrases)
        {
            if (parts.Length > longest && Matches(words, at, parts))
            {
                longest = parts.Length;
            }
        }

        return longest;
    }

    private static bool Matches(IReadOnlyList<Word> words, int at, string[] parts)
    {
        if (at + parts.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (Normalised(words[at + k].Lower) != parts[k])
            {
                return false;
            }
        }

        return true;
    }

    // The tokenizer keeps the page's apostrophe (`d’avis`, `dell’idea`).
    private static string Normalised(string word) => word.Contains('’', StringComparison.Ordinal) ? word.Replace('’', '\'') : word;
}
