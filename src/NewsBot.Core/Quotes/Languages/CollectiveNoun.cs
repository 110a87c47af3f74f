using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `de acuerdo con la patronal`, `attacca l'opposizione`, `replica la maggioranza`: a singular noun that names a side made of
/// many (employers, the opposition, the majority), never one person, so it never continues the last speaker's turn.
/// </summary>
internal static class CollectiveNoun
{
    private static readonly FrozenSet<string> Nouns = LanguageKnowledge.Set(
        "patronal", "oposición", "mayoría", "minoría", "ciudadanía", "afición", "hinchada", "vecindad",
        "opposizione", "maggioranza", "minoranza", "cittadinanza", "tifoseria");

    public static bool Is(string lower) => Nouns.Contains(lower);
}
