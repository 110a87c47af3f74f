using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class OtherProductGridsTests
{
    private static readonly Uri Address = new("https://shop.quillmere.example/products/celadon-teapot");

    private static string Product(string after) => $"""
        <html><body><main>
        <h1>Celadon stoneware teapot</h1>
        <p class="price">$64.00</p>
        <table class="tiers"><tr><td>1-9 pots</td><td>$64.00</td></tr><tr><td>10-49 pots</td><td>$58.00</td></tr><tr><td>50+ pots</td><td>$52.00</td></tr></table>
        <div class="description"><p>A four-cup teapot thrown on the wheel in the Quillmere studio and glazed in a pale celadon that pools green in the carved lines.</p>
        <p>The lid locks with a small tab, so it stays put while the last cup pours, and the spout is cut to stop drips.</p>
        <p>Each pot is fired twice, first to harden the clay and then at a higher heat for the glaze, over three days in a gas kiln.</p>
        <p>Rinse it with warm water after use; soap lingers in the pores of unglazed foot rings and flavours the next pot of tea.</p></div>
        {after}
        </main></body></html>
        """;

    private static string PricedCards(int count)
    {
        var cards = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            cards.Append($"""<div class="tile"><a href="/products/cup-{i}">Tea bowl in ash glaze, size {i}</a><span>${10 + i}.00</span></div>""");
        }

        return cards.ToString();
    }

    [Fact]
    public void Extract_ProductWithRailOfPricedCards_DropsTheRailAndKeepsTheTiers()
    {
        var html = Product($"""<div class="essentials"><h2>Add the essentials</h2><div class="row">{PricedCards(4)}</div></div>""");

        var text = new ArticleExtractor().Extract(html, Address, PageType.Product).Text;

        Assert.DoesNotContain("Tea bowl in ash glaze", text, StringComparison.Ordinal);
        Assert.Contains("pools green in the carved lines", text, StringComparison.Ordinal);
        Assert.Contains("$58.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageOfManyPricedCardsInRows_KeepsThemAll()
    {
        var rows = new StringBuilder();
        for (var row = 0; row < 4; row++)
        {
            rows.Append($"""<div class="row">{PricedCards(4)}</div>""");
        }

        var text = new ArticleExtractor().Extract(Product($"<div class=\"catalogue\">{rows}</div>"), Address, PageType.Product).Text;

        Assert.Contains("Tea bowl in ash glaze, size 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ListingWithPricedCards_KeepsThem()
    {
        var html = Product($"""<div class="row">{PricedCards(4)}</div>""");

        var text = new ArticleExtractor().Extract(html, Address, PageType.Listing).Text;

        Assert.Contains("Tea bowl in ash glaze, size 3", text, StringComparison.Ordinal);
    }
}
