using System.Text.RegularExpressions;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Drops the page's own short lines from the edges of an article text: a dateline or reading time above the story
/// ("Posted on", "Jan 13, 2025", "Reading Time: 8 minutes") and a date stamp or share widget below it ("Last updated on
/// June 2, 2025", "Like this:", "View author page"). They describe the page, not the story, and WCXB's truths leave them
/// out. Only whole short lines at the very start or end go, one after another; a text is never emptied.
/// </summary>
internal static partial class ArticleEdgeLines
{
    /// <summary>A dateline or widget label is a line, not a sentence: "Published on Monday, 2 June 2025 at 10:15 BST".</summary>
    private const int MaxLineWords = 8;

    /// <summary>The text without its leading and closing page lines; the text itself when it has none.</summary>
    public static string Remove(string text)
    {
        // Walked by offsets from either edge: only the edge lines are read, and the kept lines are one substring.
        var span = text.AsSpan();
        var (lines, start, stop, removed) = (span.Count('\n') + 1, 0, text.Length, false);
        while (lines > 1 && FirstLine(span, start) is var line && (line.IsWhiteSpace() || IsPageLine(line, LeadingPattern())))
        {
            removed |= !line.IsWhiteSpace();
            (start, lines) = (start + line.Length + 1, lines - 1);
        }

        while (lines > 1 && LastLine(span, stop) is var line && (line.IsWhiteSpace() || IsPageLine(line, ClosingPattern())))
        {
            removed |= !line.IsWhiteSpace();
            (stop, lines) = (stop - line.Length - 1, lines - 1);
        }

        // Blank lines alone are left as they were: the text changes only when a page line goes.
        return removed ? text[start..stop] : text;
    }

    private static ReadOnlySpan<char> FirstLine(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        var newline = rest.IndexOf('\n');
        return newline < 0 ? rest : rest[..newline];
    }

    private static ReadOnlySpan<char> LastLine(ReadOnlySpan<char> text, int stop) => text[(text[..stop].LastIndexOf('\n') + 1)..stop];

    private static bool IsPageLine(ReadOnlySpan<char> line, Regex pattern)
    {
        var trimmed = line.Trim();
        return TextMeasures.SpaceSeparatedWords(trimmed) <= MaxLineWords && pattern.IsMatch(trimmed);
    }

    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    // A day is required unless a label says what the date is: a bare "November 2015" may be the story's own line.
    private const string Dateline =
        @"(?:(?:posted|published|updated|last updated|last reviewed|date last reviewed|reviewed|modified|last modified|date)(?:\s+on)?:?\s*)?"
        + @"(?:" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+" + Month + @"\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
        + @"(?:\s*(?:[,|•·-]|at)?\s*\d{1,2}:\d\d\s*(?:am|pm)?(?:\s*[a-z]{2,4})?)?\.?"
        + @"|(?:posted|published|updated|last updated|last reviewed|date last reviewed|reviewed|modified|last modified)(?:\s+on)?:?\s*"
        + Month + @"\s+\d{4}\.?";

    [GeneratedRegex(
        @"^(?:" + Dateline + @"|(?:posted|published|updated|last updated)(?:\s+on)?:?|(?:estimated\s+)?reading time\b.*"
        + @"|\d+\s*min(?:ute)?s?(?:\s+read)?|listen to (?:this )?article\b.*|back|back to blog|go back|share)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPattern();

    [GeneratedRegex(
        @"^(?:" + Dateline + @"|(?:share|share this|share this article|share this post|share on \w+|like this|like loading|loading"
        + @"|tweet|print|email|pin it|pinterest image|view author page|view all posts|tags|filed under|categories|posted in"
        + @"|written by|reviewed by|date last reviewed|last updated|back to top)\W*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingPattern();
}
