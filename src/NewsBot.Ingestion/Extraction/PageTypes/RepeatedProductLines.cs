namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Drops the lines of a product text that repeat an earlier line of at least <see cref="MinimumWords"/> words word for
/// word: a product page renders its specifications, guarantees and selling points once per tab, platform or screen
/// size (a game's requirements for each system, a shipping promise under the price and again in the footer of the
/// description), and a reader reads them once. Shorter lines (a size, a price, a colour) repeat because they belong
/// to different variants and stay; <see cref="DuplicateBlocks"/> already drops whole repeated blocks.
/// </summary>
internal static class RepeatedProductLines
{
    /// <summary>A line of fewer words ("Size", "$19.99", "In stock") repeats for different variants.</summary>
    private const int MinimumWords = 4;

    public static string Remove(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return TextLines.Without(text, line => IsRepeat(line, seen));
    }

    private static bool IsRepeat(string line, HashSet<string> seen)
    {
        var trimmed = line.Trim();
        return TextMeasures.Words(trimmed) >= MinimumWords && !seen.Add(trimmed);
    }
}
