using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Drops the lines of a listing, collection or product text that are only a count with no label of its own: a bare
/// number ("128", a star rating's review count, a cart badge, a page link) or the grid's result count ("(24 results)",
/// "Products (24)", "1–24 of 310 products", "Showing 25 results"). The label that said what a bare number counts sits
/// in an icon or an attribute, and the result count describes the grid, not an item; a line that says more ("128 GB",
/// "24 pieces in the set") stays.
/// </summary>
internal static partial class BareCountLines
{
    /// <summary>"Showing 1–24 of 1,310 products" is about the longest result count; a longer line says more.</summary>
    private const int MaxCountChars = 40;

    /// <summary>Seven digits: review and sales counts; a longer run of digits is an article number or a code.</summary>
    private const int MaxBareDigits = 7;

    /// <summary>The text without its bare count lines; the text as it was when nothing else would remain.</summary>
    public static string Remove(string text) => TextLines.Without(text, IsBareCount) is { Length: > 0 } kept ? kept : text;

    internal static bool IsBareCount(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length is 0 or > MaxCountChars)
        {
            return false;
        }

        return trimmed.Length <= MaxBareDigits && IsAllDigits(trimmed) || ResultCount().IsMatch(trimmed);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A number of results, products or items, alone, in brackets, after "showing"/"loaded", or as a range of a total.</summary>
    [GeneratedRegex(
        @"^(?:\(?\s*\d[\d,.]*\s+(?:results?|products?|items?)\s*\)?"
        + @"|(?:loaded|showing)\s+\d.*(?:results?|products?|items?)"
        + @"|(?:products?|items?|results?)\s*\(\d[\d,.]*\)"
        + @"|\d+\s*[-–]\s*\d+\s+of\s+\d[\d,.]*(?:\s+\w+)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResultCount();
}
