using System.Text.RegularExpressions;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Cuts the teaser rail an article text runs on into: other stories' blurbs, each with its own date line ("Dec 19,
/// 2025", "3 days ago", "5 min read"). A story carries its own date once, near its top; three or more short dated
/// lines that all stand in the text's second half are the cards of a "More stories" block. The text is cut from the
/// line before the first of them (the card's title or the rail's heading); a text with a dated line in its first
/// half, or with fewer than three cards (dated lines in a row count once), is left as it was.
/// </summary>
internal static partial class TrailingDatedTeasers
{
    private const int MinCards = 3;

    /// <summary>A card's date line carries little else: "Dec 19, 2025", "By Ana Ruiz · 12 March 2024 · 4 min read".</summary>
    private const int MaxDatedLineWords = 10;

    public static string Remove(string text)
    {
        var totalWords = TextMeasures.SpaceSeparatedWords(text);
        var wordsBefore = 0;
        var cards = 0;
        var cutAt = -1;
        var lineStart = 0;
        var previousLineStart = 0;
        var previousDated = false;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var words = TextMeasures.SpaceSeparatedWords(line);
            var isDated = words is > 0 and <= MaxDatedLineWords && DatedPattern().IsMatch(line);
            if (isDated && wordsBefore * 2 < totalWords)
                return text;

            // A card is a blurb and its date; dated lines in a row are one stamp ("Posted …", "Updated …"), not cards.
            if (isDated && !previousDated)
            {
                if (cards == 0)
                    cutAt = previousLineStart;
                cards++;
            }

            if (words > 0)
            {
                previousLineStart = lineStart;
                previousDated = isDated;
            }
            wordsBefore += words;
            lineStart = lineEnd + 1;
        }

        return cards >= MinCards && cutAt > 0 ? text[..cutAt].TrimEnd() : text;
    }

    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(
        @"\b(?:" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+" + Month + @",?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
        + @"|\d+\s+(?:min|minute)s?\s+read|\d+\s+(?:hours?|days?|weeks?)\s+ago)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatedPattern();
}
