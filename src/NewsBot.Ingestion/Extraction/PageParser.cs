using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// AngleSharp's HTML parser without scripting, one per thread: building a parser builds a browsing context and its
/// services, which cost more than parsing a small page (issue 17's profile). A parser reused for one document after
/// another gives each a fresh document.
/// </summary>
internal static class PageParser
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static IHtmlDocument Parse(string html) => (t_parser ??= new HtmlParser(Options)).ParseDocument(html);
}
