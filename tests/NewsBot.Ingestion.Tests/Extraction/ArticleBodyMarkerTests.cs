using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleBodyMarkerTests
{
    private const string Page =
        "<html><body><div class=\"layout-sidebar\" id=\"outer\"><div class=\"widget-area\" id=\"inner\">"
        + "<div class=\"Story_Body\"><p>The Brindle Gazette reports the ferry timetable changes.</p></div></div>"
        + "<div class=\"widget\" id=\"plain\"><p>Weather on the quay.</p></div></div>"
        + "<aside class=\"sidebar\" id=\"props\"><span itemprop=\"articleBody\">Kept text.</span></aside>"
        + "<div class=\"sidebar\" id=\"none\"><p>Nothing marked here.</p></div></body></html>";

    private static readonly string[] Asked = ["#outer", "#inner", "#plain", "#props", "#none", "#outer", "#plain"];

    [Fact]
    public void HoldsMarkedBody_NestedWrappersAskedAgainOnAnIndexedPage_AnswerAsTheTreeWalk()
    {
        var document = Parse(Page);
        var expected = Asked.Select(selector => ArticleBodyMarker.HoldsMarkedBody(document.QuerySelector(selector)!)).ToList();

        using var index = DomIndex.Attach(document);
        var indexed = Asked.Select(selector => ArticleBodyMarker.HoldsMarkedBody(document.QuerySelector(selector)!)).ToList();

        Assert.Equal(expected, indexed);
        Assert.Equal([true, true, false, true, false, true, false], indexed);
    }

    [Fact]
    public void HoldsMarkedBody_NextPageOnTheThread_ReadsItsOwnMarks()
    {
        var first = Parse(Page);
        using (DomIndex.Attach(first))
        {
            Assert.True(ArticleBodyMarker.HoldsMarkedBody(first.QuerySelector("#outer")!));
        }

        var second = Parse(Page.Replace("Story_Body", "story-teaser", StringComparison.Ordinal));
        using var index = DomIndex.Attach(second);

        Assert.False(ArticleBodyMarker.HoldsMarkedBody(second.QuerySelector("#outer")!));
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
