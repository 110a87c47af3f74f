using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class RegionProseBoundTests
{
    private const string Prose = "The ferry to Quillon Sound runs twice a day from the old pier.";

    [Fact]
    public void Of_LinksNavigationAndScripts_CountsOnlyTheProse()
    {
        var body = Body($"<nav>Home News Weather</nav><p>{Prose}</p><a href=\"/x\">A linked headline</a>"
            + "<script>var state = {\"long\": \"text that is code\"};</script><div hidden>Hidden notice</div>");

        var bound = RegionProseBound.Of(body);

        Assert.Equal(Measured(Prose), bound);
    }

    [Theory]
    [InlineData(PageType.Service)]
    [InlineData(PageType.Listing)]
    [InlineData(PageType.Documentation)]
    public void Of_PageWithFurniture_IsNeverBelowTheRegionsProse(PageType type)
    {
        var body = Body("<header><p>Welcome to Quillon Ferries</p></header><form><p>Search timetables</p></form>"
            + $"<main><div class=\"sidebar\"><p>{Prose}</p></div><section><p>{Prose}</p><a href=\"/t\">Timetable</a></section></main>"
            + "<footer>Copyright</footer>");
        var stats = DocumentStats.Measure(body, new ExcludedNodes());

        var region = PageTypeExtractor.Find(body, type, stats).ProseChars();

        Assert.True(region > 0);
        Assert.True(RegionProseBound.Of(body) >= region, $"bound {RegionProseBound.Of(body)} < region {region}");
    }

    private static int Measured(string text)
    {
        var stats = new NodeStats();
        DocumentStats.MeasureText(text, ref stats);
        return stats.TextLength;
    }

    private static AngleSharp.Dom.IElement Body(string inner) =>
        new HtmlParser().ParseDocument($"<html><body>{inner}</body></html>").Body!;
}
