using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `no estádio Joaquim Lemos`, `rue Jean Moulin`, `l'hôpital Édouard Herriot`, `el estadio Pedro Bidegain`, `lo stadio Renato
/// Dall'Ara`: capitalised words right after a lower-case noun for a street, venue or building name that place after a person,
/// who is no one in the story; a pronoun or a description must never refer back to them.
/// </summary>
internal static class PlaceNounBeforeName
{
    private static readonly FrozenSet<string> Nouns = new[]
    {
        "estádio", "estadio", "stade", "stadio", "ginásio", "gimnasio", "gymnase", "palazzetto", "autódromo", "autodromo",
        "rua", "rue", "avenida", "avenue", "boulevard", "calle", "viale", "piazza", "praça", "plaza", "travessa", "quai", "cais",
        "hospital", "hôpital", "ospedale", "escola", "école", "scuola", "colégio", "colegio", "collège", "lycée", "liceo",
        "aeroporto", "aéroport", "aeropuerto", "teatro", "théâtre", "museu", "musée", "museo", "parque", "parc", "parco",
        "pont", "ponte", "puente",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the word spanning <paramref name="from"/> to <paramref name="end"/> of <paramref name="text"/> is such a noun, written in lower case.</summary>
    public static bool Is(string text, int from, int end) => end > from && Nouns.Contains(text[from..end]);
}
