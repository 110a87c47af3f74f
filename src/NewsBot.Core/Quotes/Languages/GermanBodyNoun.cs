namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `betonte die Alleinerziehenden-Vertretung`, `so der Branchenverband`: a German noun whose compound head names a kind of body
/// (association, representation, authority, union, foundation) says which body speaks no more than `l’agence` does.
/// </summary>
internal static class GermanBodyNoun
{
    private static readonly string[] Heads =
    [
        "verband", "vertretung", "organisation", "behörde", "gewerkschaft", "plattform", "initiative", "stiftung", "vereinigung",
        "bündnis", "kammer", "ministerium", "konzern", "agentur",
    ];

    public static bool Is(string noun) =>
        noun.Length > 0 && char.IsUpper(noun[0]) && Heads.Any(head => noun.EndsWith(head, StringComparison.OrdinalIgnoreCase));
}
