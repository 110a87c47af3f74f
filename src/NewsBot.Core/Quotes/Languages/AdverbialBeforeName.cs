using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A short adverbial of place or occasion between an inverted reporting verb and a full name that ends the clause:
/// `«…», ha scritto su Facebook Marco Bellini`, `ha detto in conferenza stampa Marco Bellini`, `dijo durante la sesión Ana
/// Lima`. <see cref="InvertedSubject"/> reads such an adverbial only before a described subject (`el ministro`). Prepositions
/// that may name a companion or a recipient (`con`, `a`, `di`) open no such adverbial, except in fixed phrases (`a margine`).
/// </summary>
internal static class AdverbialBeforeName
{
    private const int MaxAdverbialWords = 4;

    private static readonly FrozenDictionary<string, FrozenSet<string>> Openers = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["it"] = LanguageKnowledge.Set("su", "sul", "sulla", "sui", "in", "nel", "nella", "durante", "dopo"),
        ["es"] = LanguageKnowledge.Set("en", "durante", "tras"),
        ["pt"] = LanguageKnowledge.Set("em", "no", "na", "durante", "após"),
        ["fr"] = LanguageKnowledge.Set("sur", "en", "dans", "lors"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adverbials opened by a preposition that otherwise names a recipient (`a margine`, `al término`): fixed phrases only.</summary>
    private static readonly FrozenDictionary<string, string[]> RecipientLikePhrases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["it"] = ["a margine", "a caldo", "a sorpresa", "al termine", "alla fine", "all'uscita", "all’uscita"],
        ["es"] = ["a la salida", "a su salida", "a su llegada", "al término", "al final", "al cierre", "al salir"],
        ["pt"] = ["à saída", "no final", "ao final", "ao fim"],
        ["fr"] = ["à la sortie", "à l'issue", "à l’issue"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Platforms written capitalised inside the adverbial (`su Facebook`, `en X`).</summary>
    private static readonly FrozenSet<string> Platforms = LanguageKnowledge.Set("facebook", "twitter", "instagram", "x", "tiktok", "linkedin", "telegram", "youtube");

    /// <summary>Whether a fixed adverbial of occasion opens at <paramref name="at"/> (`a margine`, `al término`): no recipient.</summary>
    public static bool IsOccasion(IReadOnlyList<Word> words, int at, LanguageKnowledge language) =>
        RecipientLikePhrases.TryGetValue(language.Code, out var phrases) && WordPhrases.Matches(words, at, phrases) > 0;

    /// <summary>Where the name starts after such an adverbial at <paramref name="at"/>; else <paramref name="at"/>.</summary>
    public static int Skip(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        var opener = at < words.Count && Openers.TryGetValue(language.Code, out var openers) && openers.Contains(words[at].Lower) ? 1
            : at < words.Count && RecipientLikePhrases.TryGetValue(language.Code, out var phrases) ? WordPhrases.Matches(words, at, phrases) : 0;
        if (opener == 0)
        {
            return at;
        }

        var k = at + opener;
        while (k < words.Count && k - at <= MaxAdverbialWords && !Breaks(text, words, k)
            && ((!words[k].IsCapitalized && !language.Verbs.Contains(words[k].Lower)) || Platforms.Contains(words[k].Lower)))
        {
            k++;
        }

        if ((k == at + 1 && opener == 1) || k >= words.Count || !words[k].IsCapitalized || Breaks(text, words, k))
        {
            return at;
        }

        var end = k + 1;
        while (end < words.Count && words[end].IsCapitalized && text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IsWhiteSpace())
        {
            end++;
        }

        var closes = end == words.Count || Breaks(text, words, end);
        return end - k >= 2 && closes ? k : at;
    }

    private static bool Breaks(string text, IReadOnlyList<Word> words, int k) =>
        text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()—–");
}
