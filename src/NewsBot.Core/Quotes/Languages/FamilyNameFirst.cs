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

    /// <summary>
    /// `Seo Narae`, `Park Jiyeon`: such a name without the hyphen, as culture and business pages print it. Only a family
    /// name of three letters or more (`Im`, `Ma`, `Ho` open ordinary sentences) before a word no lexicon knows as a common
    /// word, a surname or a body's word, and not a place together (`Hong Kong`, `Park Avenue`).
    /// </summary>
    public static bool IsUnhyphenated(string family, string given, string language) =>
        family.Length >= 3 && FamilyNames.Contains(family) && given.Length >= 2 && char.IsUpper(given[0]) && given.Skip(1).All(char.IsLower)
        && !EntityKnowledge.IsCommonWord(given, language) && !EntityKnowledge.IsCommonWord(given, "en") && !EntityKnowledge.IsSurname(given)
        && !EntityKnowledge.IsOrganisationWord(given) && !EntityKnowledge.IsPlace(given) && !EntityKnowledge.IsPlace(family + " " + given);

    /// <summary>Whether <paramref name="word"/> is a family name long enough to open such a name without a hyphen.</summary>
    public static bool OpensUnhyphenated(string word) => word.Length >= 3 && FamilyNames.Contains(word);

    /// <summary>The word the article calls the person by: the family name, first in such a name, else the last word.</summary>
    public static string CalledBy(IReadOnlyList<string> words) => Is(words) ? words[0] : words[^1];

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$")]
    private static partial Regex SyllablePair();
}
