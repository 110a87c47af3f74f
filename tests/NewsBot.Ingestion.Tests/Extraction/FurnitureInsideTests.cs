using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class FurnitureInsideTests
{
    [Theory]
    [InlineData("<form><input name=\"mail\"></form>")]
    [InlineData("<button>Join the Fernvale letter</button>")]
    [InlineData("<select><option>Weekly</option></select>")]
    public void Any_FormControlInside_IsTrue(string control) =>
        Assert.True(FurnitureInside.Any(Box($"<p>Get the Fernvale letter each Friday.</p>{control}")));

    [Fact]
    public void Any_ProseWithAnEmbeddedVideo_IsFalse() =>
        Assert.False(FurnitureInside.Any(Box("<p>The Fernvale mill turned again in March.</p><iframe src=\"https://video.example/mill\"></iframe>")));

    private static IElement Box(string inner) =>
        new HtmlParser().ParseDocument($"<html><body><div id=\"box\">{inner}</div></body></html>").GetElementById("box")!;
}
