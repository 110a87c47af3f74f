using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class StreamedSegmentTests
{
    private const string Paragraph = "<p>The Quillon Sound ferry, which has run since 1962, will stop in winter, the harbour board said on Monday.</p>";

    [Fact]
    public void Apply_ReactStreamedPartHoldingLittleOfThePage_KeepsItsText()
    {
        var body = Body($"<div class=\"guide\">{Paragraph}{Paragraph}{Paragraph}</div><div hidden id=\"S:1f\"><ul id=\"inside\"><li>Oiled oak seat with brass studs</li></ul></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Theory]
    [InlineData("S:zz")]
    [InlineData("Sidebar")]
    [InlineData("S:")]
    public void Apply_HiddenElementWithAnotherId_IsRuledOut(string id)
    {
        var body = Body($"<div class=\"guide\">{Paragraph}{Paragraph}{Paragraph}</div><div hidden id=\"{id}\"><ul id=\"inside\"><li>Oiled oak seat with brass studs</li></ul></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Fact]
    public void Extract_ArticleStreamingItsLaterParagraphsWithoutPlaceholders_ReadsEveryPart()
    {
        var parts = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<div hidden id=\"S:{i:x}\"><p>Part {i} of the ferry story: the harbour board of Quillon Sound will meet the island's shopkeepers again before the winter timetable starts.</p></div>"));
        var html = "<html><head><title>Quillon ferry to stop in winter</title>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Quillon ferry to stop in winter\",\"datePublished\":\"2026-03-02\"}</script></head>"
            + $"<body><article><h1>Quillon ferry to stop in winter</h1>{Paragraph}</article>{parts}</body></html>";

        var article = new ArticleExtractor().Extract(html, new Uri("https://quillon-herald.example/news/ferry-winter"));

        Assert.Contains("Part 1 of the ferry story", article.Text, StringComparison.Ordinal);
        Assert.Contains("Part 8 of the ferry story", article.Text, StringComparison.Ordinal);
    }

    private static IElement Body(string markup) => new HtmlParser().ParseDocument($"<html><body>{markup}</body></html>").Body!;

    private static DocumentStats Stats(IElement body) => DocumentStats.Measure(body, new ExcludedNodes());
}
