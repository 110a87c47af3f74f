using System.Text.RegularExpressions;

namespace NewsBot.Evaluation;

/// <summary>
/// WCXB's author is the credit as the page shows it, written by its annotators: several people ("A, B &amp; C"), a
/// person with credentials or a job title ("Paul Frew, Home Security Expert", "Vanessa Mendez, MD"), "Dr" before a name.
/// Our byline names people; it matches when one person we name is one of the people the truth names (the rule
/// <see cref="MetadataScoring"/> already applies when we name several), read without honorifics, credentials and
/// titles, and with our "Family, Given" written "Given Family".
/// </summary>
public static partial class WcxbAuthorMatch
{
    public static bool Matches(string expected, string byline)
    {
        var wanted = ExpectedPeople(expected).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return OurPeople(byline).Any(wanted.Contains);
    }

    private static IEnumerable<string> ExpectedPeople(string expected) =>
        Listed().Split(Parenthesised().Replace(expected, " ")).Select(Person).Where(IsName);

    private static IEnumerable<string> OurPeople(string byline)
    {
        if (byline.Contains(';', StringComparison.Ordinal))
        {
            // "Family, Given; Family, Given" (a paper's citation tags): each person also read in reading order.
            return byline.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split(',', 2, StringSplitOptions.TrimEntries) is [var family, var given] ? $"{given} {family}" : p)
                .Select(Person).Where(IsName);
        }

        return byline.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Person).Where(IsName);
    }

    private static string Person(string part) => MetadataScoring.Normalise(Honorific().Replace(part.Trim(), ""));

    /// <summary>A credential ("MD", "DVM", "M.D. FACLM", "Ph.D.") or an empty part names nobody.</summary>
    private static bool IsName(string part) => part.Any(char.IsLower) && !part.Equals("Ph.D.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s*(?:;|,|\||&|\band\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Listed();

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?:(?:by|written by)\s+)?(?:dr\.?|prof\.?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();
}
