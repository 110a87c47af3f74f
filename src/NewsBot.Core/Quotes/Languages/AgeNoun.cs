using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// German age nouns and adjectives (`der 48-Jährige`, `die 61-jährige Ministerin`, `des 70-Jährigen`): newspapers write them for
/// the person they just named, so a description holding one refers back like a pronoun.
/// </summary>
internal static partial class AgeNoun
{
    public static bool Matches(string lower) => lower.Length > 9 && char.IsAsciiDigit(lower[0]) && Pattern().IsMatch(lower);

    [GeneratedRegex(@"^\d{1,3}-jährige[nrs]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
