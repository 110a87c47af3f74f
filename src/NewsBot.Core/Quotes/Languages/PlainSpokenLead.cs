using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `il ministro è stato netto: «…»`, `el dirigente fue claro: “…”`: being plain or blunt before a colon is a way of saying, so
/// the description before it names who speaks, as a reporting verb's subject would (without one, `la proposta è chiara:`
/// quotes what the description is).
/// </summary>
internal static class PlainSpokenLead
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Adjectives = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["it"] = LanguageKnowledge.Set(
            "netto", "netta", "chiaro", "chiara", "categorico", "categorica", "esplicito", "esplicita", "lapidario", "lapidaria",
            "perentorio", "perentoria", "tranchant", "durissimo", "durissima"),
        ["es"] = LanguageKnowledge.Set(
            "claro", "clara", "tajante", "contundente", "categórico", "categórica", "rotundo", "rotunda", "enfático", "enfática",
            "tajantes", "claros", "claras"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = LanguageKnowledge.Set("stato", "stata", "è", "era", "fu", "fue", "es", "sido", "mostró", "muestra");

    /// <summary>Whether <paramref name="words"/>, the lead before the colon, end with a copula and such an adjective.</summary>
    public static bool Is(IReadOnlyList<Word> words, LanguageKnowledge language) =>
        words.Count >= 3 && Adjectives.TryGetValue(language.Code, out var adjectives) && adjectives.Contains(words[^1].Lower)
        && Copulas.Contains(words[^2].Lower);
}
