using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class StreamedPlacementTests
{
    private const string Opening = "<p>The Quillon Sound ferry, which has run since 1962, will stop in winter, the harbour board said on Monday.</p>";
    private const string Closing = "<p>The board will publish the winter timetable for the island's buses before the end of the month, its chair said.</p>";
    private const string Streamed = "<p>Shopkeepers on the island said the winter stop would cost them the weekend visitors who keep their cafés open.</p>";
    private const string Boundary = "<!--$?--><template id=\"B:2\"></template><div>Loading paragraph...</div><!--/$-->";

    [Fact]
    public void Extract_ArticleSectionStreamedAfterTheFooter_ReadsItInItsPlaceWithoutTheLoadingText()
    {
        var rail = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div class=\"teaser\"><a href=\"/news/{i}\">Other story {i}</a><p>A short teaser for another story of the week, number {i}.</p></div>"));
        var html = "<html><head><title>Quillon ferry to stop in winter</title></head><body>"
            + $"<article><h1>Quillon ferry to stop in winter</h1>{Opening}{Opening}{Boundary}{Closing}</article>"
            + $"<footer>{rail}</footer><div hidden id=\"S:2\">{Streamed}</div></body></html>";

        var text = new ArticleExtractor().Extract(html, new Uri("https://quillon-herald.example/news/ferry-winter")).Text;

        var streamed = text.IndexOf("Shopkeepers on the island", StringComparison.Ordinal);
        Assert.InRange(streamed, text.IndexOf("The Quillon Sound ferry", StringComparison.Ordinal) + 1, text.IndexOf("The board will publish", StringComparison.Ordinal) - 1);
        Assert.DoesNotContain("Loading paragraph", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_PartInsideAnotherPart_FillsItsPlaceholderInsideThatPart()
    {
        var html = $"<html><body><main>{Opening}<template id=\"B:1\"></template></main>"
            + "<div hidden id=\"S:1\"><section id=\"outer\"><template id=\"P:a\"></template></section></div>"
            + $"<div hidden id=\"S:a\">{Streamed}</div></body></html>";
        var document = new HtmlParser().ParseDocument(html);

        StreamedPlacement.Apply(document, html);

        Assert.Contains("Shopkeepers on the island", document.QuerySelector("main #outer")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("template"));
    }

    [Fact]
    public void Apply_PartWithoutPlaceholder_StaysWhereItIs()
    {
        var html = $"<html><body><main>{Opening}</main><div hidden id=\"S:3\">{Streamed}</div></body></html>";
        var document = new HtmlParser().ParseDocument(html);

        StreamedPlacement.Apply(document, html);

        Assert.Same(document.Body, document.GetElementById("S:3")!.ParentElement);
    }
}
