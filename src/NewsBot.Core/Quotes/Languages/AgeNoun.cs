using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Age nouns and adjectives with a number (`der 48-Jährige`, `die 61-jährige Ministerin`, `des 70-Jährigen`, `il 45enne`,
/// `la 27enne`): newspapers write them for the person they just named, so a description holding one refers back.
/// </summary>
internal static partial class AgeNoun
{
    public static bool Matches(string lower) => lower.Length > 5 && char.IsAsciiDigit(lower[0]) && Pattern().IsMatch(lower);

    /// <summary>The number the noun gives (`48` of `48-jährige`).</summary>
    public static string Age(string lower)
    {
        var end = 0;
        while (end < lower.Length && char.IsAsciiDigit(lower[end]))
        {
            end++;
        }

        return lower[..end];
    }

    [GeneratedRegex(@"^\d{1,3}(?:-jährige[nrs]?|-?enne)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
