using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Yoon Tae-ho`, `Ban Ki-moon`, `Tsai Ing-wen`: an East Asian name written family name first, its given name two romanised
/// syllables joined by a hyphen, the second in lower case. The person is then called by the first word (`M. Yoon`, `ha
/// detto Han`), and the given name tells no gender a European lexicon knows.
/// </summary>
internal static partial class FamilyNameFirst
{
    /// <summary>Korean, Chinese and Taiwanese family names that open such names in the press.</summary>
    private static readonly HashSet<string> FamilyNames = new(StringComparer.Ordinal)
    {
        "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Lim", "Im", "Han", "Oh",
        "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Yu", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek",
        "Heo", "Nam", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Jin", "Chae", "Won", "Ban", "Hyun",
        "Chun", "Chung", "Tsai", "Lai", "Ma", "Chan", "Wong", "Leung", "Lam", "Cheung", "Ho", "Tang", "Chiang", "Hsu", "Liu",
        "Wu", "Huang", "Lin", "Chang", "Wang", "Chen", "Li", "Zhang", "Zhou", "Xi",
    };

    /// <summary>Whether <paramref name="words"/> is such a name: a known family name, then a hyphenated syllable pair.</summary>
    public static bool Is(IReadOnlyList<string> words) => words.Count == 2 && FamilyNames.Contains(words[0]) && SyllablePair().IsMatch(words[1]);

    /// <summary>The word the article calls the person by: the family name, first in such a name, else the last word.</summary>
    public static string CalledBy(IReadOnlyList<string> words) => Is(words) ? words[0] : words[^1];

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$")]
    private static partial Regex SyllablePair();
}
