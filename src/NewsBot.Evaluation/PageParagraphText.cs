using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// The fixed text of a trafilatura-eval page for the news set: the title (first h1, else og:title, else the title
/// element), a blank line, then the text of every &lt;p&gt; in document order, whitespace collapsed, empty ones
/// dropped, joined by blank lines. The set's offsets point into this text, so it must never change (a test pins it).
/// </summary>
public static class PageParagraphText
{
    public static string From(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = new[]
        {
            document.QuerySelector("h1")?.TextContent,
            document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            document.Title,
        }.Select(Collapse).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
        var paragraphs = document.QuerySelectorAll("p").Select(p => Collapse(p.TextContent)).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs.Prepend(title).Where(p => p.Length > 0));
    }

    private static string Collapse(string? text) => Whitespace.Collapse(text ?? string.Empty);
}
