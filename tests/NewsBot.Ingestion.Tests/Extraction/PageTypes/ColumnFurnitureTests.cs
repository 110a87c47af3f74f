using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class ColumnFurnitureTests
{
    private static readonly string Sections = string.Concat(Enumerable.Range(1, 5).Select(i =>
        $"<section><h2>Workshop {i}</h2><p>In workshop {i} the Tannery Row crew shows how to reseal a stovetop kettle, step by step, with the tools every kitchen already holds.</p></section>"));

    private static string RegionText(string html)
    {
        var body = PageParser.Parse(html).Body!;
        return ColumnFurniture.Region(body, DocumentStats.Measure(body, new ExcludedNodes())).Text() ?? "";
    }

    [Fact]
    public void Region_CaptionCreditBackLinkAndContactBox_DropsThem()
    {
        var html = $"""
            <html><body><main><h1>Kettle workshops</h1>
            <figure><img src="k.jpg"><figcaption>A resealed kettle on the bench. Photo: Orla Finch</figcaption></figure>
            <p><span class="image-copyright">Pellwood Studio | Orla Finch</span></p>
            {Sections}
            <div class="button-wrapper"><a href="/workshops">Back to overview</a></div>
            <div class="pageFooterContact"><p>Write to us at Tannery Row 4, Pellwood.</p></div>
            </main></body></html>
            """;

        var text = RegionText(html);

        Assert.Contains("In workshop 5 the Tannery Row crew", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo: Orla Finch", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pellwood Studio", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Back to overview", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Write to us", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_GalleryWhoseCaptionsHoldTheText_KeepsTheCaptions()
    {
        var slides = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<figure class=\"slide\"><img src=\"{i}.jpg\"><figcaption class=\"slide-caption\"><p>Costume {i}: a paper crown, a striped scarf and a cardboard shield painted with the Pellwood crest make a knight in ten minutes.</p></figcaption></figure>"));
        var html = $"<html><body><main><h1>Eight costumes from the recycling bin</h1>{slides}</main></body></html>";

        var text = RegionText(html);

        Assert.Contains("Costume 1: a paper crown", text, StringComparison.Ordinal);
        Assert.Contains("Costume 8: a paper crown", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_TeaserCardsUnderRailHeading_DropsTheSection()
    {
        var cards = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<div class=\"card\"><h3>Older workshop report {i}</h3><p>What the crew learnt in spring.</p><a href=\"/r/{i}\">Read on</a></div>"));
        var html = $"""
            <html><body><main><h1>Kettle workshops</h1>{Sections}
            <div class="section-sub"><h2>Mehr zum Thema</h2><div class="grid">{cards}</div></div>
            </main></body></html>
            """;

        var text = RegionText(html);

        Assert.Contains("In workshop 1 the Tannery Row crew", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mehr zum Thema", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Older workshop report", text, StringComparison.Ordinal);
    }
}
