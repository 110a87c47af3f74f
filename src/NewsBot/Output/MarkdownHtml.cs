using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Output;

/// <summary>
/// The subset of Discord markdown NewsBot writes, as HTML: <c>###</c> headings, <c>-#</c> small text, <c>&gt;</c> quotes,
/// <c>**bold**</c>, <c>*italic*</c>, masked links, <c>&lt;t:…:R&gt;</c> times (relative to <c>now</c>) and backslash escapes.
/// </summary>
internal static partial class MarkdownHtml
{
    public static string Render(string markdown, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = new StringBuilder();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
                html.Append("<h3>").Append(Inline(line[4..], now)).Append("</h3>");
            else if (line.StartsWith("-# ", StringComparison.Ordinal))
                html.Append("<small>").Append(Inline(line[3..], now)).Append("</small>");
            else if (line.StartsWith("> ", StringComparison.Ordinal))
                html.Append("<blockquote>").Append(Inline(line[2..], now)).Append("</blockquote>");
            else
                html.Append(Inline(line, now)).Append("<br>");
        }
        return html.ToString();
    }

    private static string Inline(string text, DateTimeOffset now)
    {
        // Escaped characters are set aside first so they never act as markdown, then put back as text.
        var escaped = new List<char>();
        var plain = Escape().Replace(text, m =>
        {
            escaped.Add(m.Value[1]);
            return $"\u0001{escaped.Count - 1}\u0002";
        });
        var html = WebUtility.HtmlEncode(plain);
        html = Link().Replace(html, m => $"<a href=\"{m.Groups[2].Value}\">{m.Groups[1].Value}</a>");
        html = Bold().Replace(html, "<strong>$1</strong>");
        html = Italic().Replace(html, "<em>$1</em>");
        html = Time().Replace(html, m => Relative(DateTimeOffset.FromUnixTimeSeconds(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)), now));
        return Restore().Replace(html, m => WebUtility.HtmlEncode(escaped[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)].ToString()));
    }

    private static string Relative(DateTimeOffset then, DateTimeOffset now)
    {
        var ago = now - then;
        var (count, unit) = ago.TotalMinutes < 60 ? ((int)ago.TotalMinutes, "minute")
            : ago.TotalHours < 24 ? ((int)ago.TotalHours, "hour")
            : ((int)ago.TotalDays, "day");
        var words = count == 1 ? $"1 {unit} ago" : $"{count} {unit}s ago";
        return $"<span class=\"mention\">{words}</span>";
    }

    [GeneratedRegex(@"\\([\\*_~`|>#\-\[\]()])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\*(.+?)\*")]
    private static partial Regex Italic();

    [GeneratedRegex(@"&lt;t:(\d+):R&gt;")]
    private static partial Regex Time();

    [GeneratedRegex("\u0001(\\d+)\u0002")]
    private static partial Regex Restore();
}
