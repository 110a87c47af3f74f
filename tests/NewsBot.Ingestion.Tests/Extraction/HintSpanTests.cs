using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>The element hint written into a buffer must read exactly as the hint string the other readers take.</summary>
public sealed class HintSpanTests
{
    [Theory]
    [InlineData("<div class=\"story-body wide\" id=\"main\">x</div>")]
    [InlineData("<div class=\"teaser\">x</div>")]
    [InlineData("<div id=\"sidebar\">x</div>")]
    [InlineData("<div>x</div>")]
    public void Write_AnyClassAndId_ReadsAsTheHintString(string markup)
    {
        var element = First(markup);

        Assert.Equal(ElementHints.Of(element), HintSpan.Write(element, new char[ExtractionLimits.MaxHintChars]).ToString());
    }

    [Fact]
    public void Write_ClassListLongerThanTheCap_IsCutAtTheCap()
    {
        var element = First($"<div class=\"{string.Join(' ', Enumerable.Repeat("card-grid", 60))}\" id=\"tail\">x</div>");

        var hint = HintSpan.Write(element, new char[ExtractionLimits.MaxHintChars + 40]);

        Assert.Equal(ExtractionLimits.MaxHintChars, hint.Length);
        Assert.Equal(ElementHints.Of(element), hint.ToString());
    }

    private static IElement First(string markup) =>
        new HtmlParser().ParseDocument($"<html><body>{markup}</body></html>").Body!.FirstElementChild!;
}
