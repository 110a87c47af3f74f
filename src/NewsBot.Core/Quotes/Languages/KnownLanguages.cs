namespace NewsBot.Core.Quotes.Languages;

/// <summary>The languages the attributor knows; English first, as the fallback for text it cannot place.</summary>
internal static class KnownLanguages
{
    public static IReadOnlyList<LanguageKnowledge> All { get; } =
        [Languages.English.Knowledge, German.Knowledge, French.Knowledge, Spanish.Knowledge, Italian.Knowledge, Portuguese.Knowledge];

    public static LanguageKnowledge Fallback => All[0];

    public static LanguageKnowledge Find(string? code) => All.FirstOrDefault(l => l.Code == code) ?? Fallback;
}
