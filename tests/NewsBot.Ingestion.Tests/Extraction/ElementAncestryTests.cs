using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ElementAncestryTests
{
    private const string Page =
        "<html><body><h1 id=\"head\"><span id=\"inHead\">Lantern festival returns</span></h1>"
        + "<blockquote><p id=\"quoted\">Posted 2 May 2024 by the Riverside Post</p></blockquote>"
        + "<div><p id=\"plain\">Stalls open at noon.</p></div><svg><H1 id=\"foreign\"><text id=\"inForeign\">x</text></H1></svg></body></html>";

    [Theory]
    [InlineData("h1")]
    [InlineData("blockquote")]
    [InlineData("svg")]
    public void IsInside_EveryElementOfThePage_AnswersAsClosest(string tag)
    {
        var document = new HtmlParser().ParseDocument(Page);

        foreach (var element in document.All)
        {
            Assert.Equal(element.Closest(tag) is not null, ElementAncestry.IsInside(element, tag));
        }
    }

    [Fact]
    public void IsInside_SpanUnderHeading_True()
    {
        var document = new HtmlParser().ParseDocument(Page);

        Assert.Equal((true, false), (ElementAncestry.IsInside(document.GetElementById("inHead")!, "h1"), ElementAncestry.IsInside(document.GetElementById("plain")!, "h1")));
    }
}
