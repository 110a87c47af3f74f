using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Bayline Ferries`, `Kapela Power`, `Harwood Brothers`, `Coastline Analytics`: the last word of a firm's name says what it
/// trades in, so the name is a body a later `the company said` or `they wrote` can mean. Only the last word counts and
/// only after a word that is not a given name: `Samantha Power` and `Jane Research` stay people.
/// </summary>
internal static class CorporateSuffix
{
    private static readonly FrozenSet<string> Suffixes = new[]
    {
        "Ferries", "Airways", "Railways", "Rail", "Power", "Energy", "Foods", "Analytics", "Research", "Securities", "Capital",
        "Brothers", "Logistics", "Insurance", "Mining", "Resources", "Pharmaceuticals", "Telecom", "Ventures", "Investments",
        "Properties", "Entertainment", "Shipping", "Utilities", "Plc", "PLC", "Consulting", "Advisory", "Markets", "Steel",
        "Chemicals", "Petroleum", "Oil", "Gas", "Electric", "Water", "Construction", "Homes", "Stores", "Supermarkets",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Names(IReadOnlyList<string> words) =>
        words.Count >= 2 && Suffixes.Contains(words[^1]) && !EntityLexicon.Shared.IsGivenName(words[0]);
}
