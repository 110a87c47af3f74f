using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// How an extracted value is compared with an expected-metadata.json value (Mozilla Readability's test expectations).
/// Both sides are whitespace-collapsed and trimmed; text compares ordinally (case kept), except where stated:
/// <list type="bullet">
/// <item>title: equal, or the expected title is ours followed by a site suffix (" | Site", " - Site", " – Site", " — Site", " · Site"):
/// Readability keeps that suffix, we strip it by design.</item>
/// <item>byline: equal to the expected value or to its first line (Readability keeps the element's text, whose
/// second line may be a date, an outlet or an editor), once a leading "By", "Written by", "Par", "Von", "Por" or "Door"
/// is removed from it (Readability keeps it, we drop it), and so is a contact address in brackets and a trailing date with
/// whatever follows it, as our bylines drop them; "A, B and C" (or "&amp;") also reads "A, B, C". When we list several people ("A, B", or "Family, Given; …"),
/// naming any one of them counts: Readability names one author where a page declares several.</item>
/// <item>siteName: equal.</item>
/// <item>publishedTime: same calendar day in UTC.</item>
/// <item>lang: equal ignoring case (reported, not gated).</item>
/// </list>
/// Fields whose expected value is null or blank are not scored.
/// </summary>
public static partial class MetadataScoring
{
    public static IReadOnlyList<string> Fields { get; } = ["title", "byline", "publishedTime", "siteName", "lang"];

    private static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " · "];

    public static bool Matches(string field, string expected, ArticleMetadata actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var want = Normalise(expected);
        return field switch
        {
            "title" => actual.Title is { } title
                && (want == Normalise(title) || SiteSeparators.Any(s => want.StartsWith(Normalise(title) + s, StringComparison.Ordinal))),
            "byline" => actual.Byline is { } byline && BylineVariants(expected).Intersect(People(byline)).Any(),
            "siteName" => actual.SiteName is { } site && want == Normalise(site),
            "publishedTime" => actual.Published is { } published && ParseTime(want) is { } time
                && published.UtcDateTime.Date == time.UtcDateTime.Date,
            "lang" => actual.Language is { } language && want.Equals(Normalise(language), StringComparison.OrdinalIgnoreCase),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a scored field"),
        };
    }

    private static IEnumerable<string> BylineVariants(string expected)
    {
        var firstLine = expected.Trim().Split('\n')[0];
        // "A, B and C" names the same people as our "A, B, C".
        var listed = ListAnd().Replace(expected, ", ");
        return new[] { expected, firstLine, listed }.Select(v =>
            TrailingDate().Replace(LeadingBy().Replace(ContactAddress().Replace(Normalise(v), ""), ""), "").Trim());
    }

    private static IEnumerable<string> People(string byline)
    {
        var whole = Normalise(byline);
        var separator = whole.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        return whole.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Prepend(whole);
    }

    public static string? ActualValue(string field, ArticleMetadata actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return field switch
        {
            "title" => actual.Title,
            "byline" => actual.Byline,
            "siteName" => actual.SiteName,
            "publishedTime" => actual.Published?.ToString("o", CultureInfo.InvariantCulture),
            "lang" => actual.Language,
            _ => null,
        };
    }

    public static string Normalise(string text) => Whitespace.Collapse(text);

    /// <summary>ISO 8601 as written in the expectations, including offsets without a colon ("+0100").</summary>
    private static DateTimeOffset? ParseTime(string value) =>
        DateTimeOffset.TryParse(ColonlessOffset().Replace(value, "$1:$2"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    [GeneratedRegex(@"^(written\s+by|by|par|von|por|door)[\s:]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\s*[(<]\s*(?:https?://|www\.|mailto:|[^\s()<>@]+@)[^)>]*[)>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactAddress();

    /// <summary>A date and whatever follows it ("March 25, 2015 3:46 PM", "22 Dec 2016 651 comments").</summary>
    [GeneratedRegex(
        @"[\s,|-]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}).*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@",?\s+(?:and|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListAnd();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ColonlessOffset();
}
