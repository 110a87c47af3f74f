using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class TeaserHeadingTests
{
    [Theory]
    [InlineData("<h3><a href=\"/story\">Quarry town votes on its bypass</a></h3>")]
    [InlineData("<a href=\"/story\"><h3>Quarry town votes on its bypass</h3></a>")]
    public void In_HeadingThatLinksElsewhere_IsTrue(string heading) => Assert.True(TeaserHeading.In(Box(heading)));

    [Theory]
    [InlineData("<h3>Quarry town votes on its bypass</h3><p>See <a href=\"/map\">the map</a>.</p>")]
    [InlineData("<p><a href=\"/story\">Quarry town votes on its bypass</a></p>")]
    public void In_PlainHeadingOrLinkOutsideHeadings_IsFalse(string inner) => Assert.False(TeaserHeading.In(Box(inner)));

    private static IElement Box(string inner) =>
        new HtmlParser().ParseDocument($"<html><body><div id=\"box\">{inner}</div></body></html>").GetElementById("box")!;
}
