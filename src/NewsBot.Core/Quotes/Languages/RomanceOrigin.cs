namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// An origin noun of a Romance language in both genders as the text may write them (`madrileño`, `madrileña`, `Madrileño`),
/// and the place it comes from when known (`Madrid`), the words that tie a person to that origin.
/// </summary>
internal sealed record RomanceOrigin(string[] Nouns, string? Place);
