using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ContentSelectorTests
{
    private const string Lead = "<p id=\"lead\">Brasswick's lamp makers have moved well beyond plain bulbs, and their new lamps now answer a phone, a timer and a spoken word alike.</p>";

    [Fact]
    public void Select_LeadParagraphBeforeTheBodysOutermostWrapper_JoinsInFront()
    {
        var body = Body($"<div class=\"shell\">{Lead}<div class=\"grid\"><div class=\"row\">{Items}</div></div></div>");

        var chosen = ContentSelector.Select(body, new ExcludedNodes());

        Assert.Equal("lead", chosen[0].Id);
        Assert.Contains(chosen, element => element.ClassName == "row");
    }

    [Fact]
    public void Select_ShortLineBetweenTheLeadAndTheWrapper_LeavesTheLeadOut()
    {
        var body = Body($"<div class=\"shell\">{Lead}<div class=\"tally\">12 shares</div><div class=\"grid\"><div class=\"row\">{Items}</div></div></div>");

        var chosen = ContentSelector.Select(body, new ExcludedNodes());

        Assert.DoesNotContain(chosen, element => element.Id == "lead");
    }

    [Fact]
    public void Select_WrapperWithTextOfItsOwn_LeavesTheLeadOut()
    {
        var body = Body($"<div class=\"shell\">{Lead}<div class=\"grid\"><span>Sponsored picks</span><div class=\"row\">{Items}</div></div></div>");

        var chosen = ContentSelector.Select(body, new ExcludedNodes());

        Assert.DoesNotContain(chosen, element => element.Id == "lead");
    }

    private static string Items => string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<div class=\"item\"><p>Lamp number {i} from the Quillon workshop glows in twelve shades, dims on a schedule, and listens for a word from across the room.</p>" +
        $"<p>Its shade, cut from recycled linen, folds flat for travel, and the base holds a battery that lasts a weekend, the makers say.</p></div>"));

    private static IElement Body(string inner) => new HtmlParser().ParseDocument($"<html><body>{inner}</body></html>").Body!;
}
