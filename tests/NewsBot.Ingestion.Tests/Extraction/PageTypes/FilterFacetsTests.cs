using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class FilterFacetsTests
{
    private static readonly Uri Address = new("https://shop.quillmere.example/collections/teapots");

    private static string Cards(int count, bool withPictures)
    {
        var cards = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var picture = withPictures ? $"""<img src="/img/pot-{i}.jpg" alt="">""" : "";
            cards.Append($"""<div class="card">{picture}<h3><a href="/p/pot-{i}">Glazed stoneware teapot number {i}</a></h3><p>Hand thrown in the Quillmere studio, holds {i + 3} cups.</p></div>""");
        }

        return cards.ToString();
    }

    private const string Facets = """
        <div class="facet-panel"><h4>Glaze colour</h4><ul><li>Celadon (12)</li><li>Tenmoku (9)</li><li>Ash white (7)</li></ul>
        <h4>Capacity</h4><ul><li>Two cups (4)</li><li>Four cups (11)</li><li>Six cups (5)</li></ul></div>
        """;

    [Fact]
    public void Extract_ListingWithFacetPanel_DropsTheFacetsAndKeepsTwentyItems()
    {
        var html = $"""<html><body><main><h1>Teapots</h1>{Facets}<div class="grid">{Cards(20, withPictures: false)}</div></main></body></html>""";

        var text = new ArticleExtractor().Extract(html, Address, PageType.Listing).Text;

        Assert.DoesNotContain("Tenmoku (9)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Glaze colour", text, StringComparison.Ordinal);
        Assert.Contains("Glazed stoneware teapot number 1", text, StringComparison.Ordinal);
        Assert.Contains("Glazed stoneware teapot number 20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FacetsLayoutWrappingTheGridOfPictures_KeepsTheItems()
    {
        var html = $"""
            <html><body><main><h1>Teapots</h1><div class="facets-vertical"><div class="grid">{Cards(8, withPictures: true)}</div></div>
            <div class="story"><p>Every pot leaves the kiln after a slow two-day cooling that keeps the glaze from crazing in the first winter.</p></div></main></body></html>
            """;

        var text = new ArticleExtractor().Extract(html, Address, PageType.Collection).Text;

        Assert.Contains("Glazed stoneware teapot number 8", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleWithFilterClass_IsNotAskedAboutFacets()
    {
        var html = $"""<html><body><main><h1>Teapots</h1>{Facets}<div class="grid">{Cards(6, withPictures: false)}</div></main></body></html>""";

        var text = new ArticleExtractor().Extract(html, Address, PageType.Service).Text;

        Assert.Contains("Tenmoku (9)", text, StringComparison.Ordinal);
    }
}
