using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class ProductDescriptionTests
{
    /// <summary>An invented description of 96 words.</summary>
    private static readonly string Description = string.Join(
        ' ',
        Enumerable.Range(1, 6).Select(i => $"The Brackenridge kettle number {i} boils a full litre of water in under three minutes flat."));

    private static readonly string Furniture = string.Join(
        '\n',
        Enumerable.Range(1, 8).Select(i => $"Colour option {i} Slate Moss Clay Free delivery over forty pounds"));

    [Fact]
    public void Replacing_RegionHoldsDescriptionAndTwiceAsMuch_ReturnsDescription()
    {
        var region = "Brackenridge Kettle\n\n" + Description + "\n\n" + Furniture;

        Assert.Equal(Description, ProductDescription.Replacing(region, Description)?.Trim());
    }

    [Fact]
    public void Replacing_RegionNearlyTheDescription_KeepsRegion()
    {
        Assert.Null(ProductDescription.Replacing("Brackenridge Kettle £42\n\n" + Description, Description));
    }

    [Fact]
    public void Replacing_RegionWithLongSectionsOfItsOwn_KeepsRegion()
    {
        var region = Description + "\n\n" + string.Join("\n", Enumerable.Repeat(Furniture, 4));

        Assert.Null(ProductDescription.Replacing(region, Description));
    }

    [Fact]
    public void Replacing_ShortRegionMissingTheDescription_ReturnsDescription()
    {
        Assert.Equal(Description, ProductDescription.Replacing("Spring sale: 20% off all kettles this week", Description)?.Trim());
    }

    [Fact]
    public void Replacing_TeaserDescription_KeepsRegion()
    {
        Assert.Null(ProductDescription.Replacing("Spring sale", "A kettle that boils fast."));
    }

    [Fact]
    public void Extract_ProductPageWithDeclaredDescriptionAmidVariantPickers_ReturnsDescription()
    {
        var swatches = string.Join("", Enumerable.Range(1, 12).Select(i => $"<li>Glaze {i} Heron Grey, in stock</li>"));
        var html = $$"""
            <html><head><title>Brackenridge Kettle | Tollmere Homeware</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","offers":{"@type":"Offer","price":"42.00","priceCurrency":"GBP"},"name":"Brackenridge Kettle","description":"{{Description}}"}</script>
            </head><body><nav><a href="/">Home</a> <a href="/kettles">Kettles</a></nav>
            <main><h1>Brackenridge Kettle</h1><p>£42.00</p><ul>{{swatches}}</ul>
            <div class="product__description"><p>{{Description}}</p></div>
            <p>Free delivery on orders over forty pounds. Returns within thirty days of delivery, no questions asked.</p>
            <p>Pay in three instalments with no interest. Gift wrapping available at checkout for a small fee.</p></main>
            <footer>Tollmere Homeware Ltd, 4 Quay Street</footer></body></html>
            """;

        var article = new ArticleExtractor().Extract(html, new Uri("https://tollmere.example/products/brackenridge-kettle"));

        Assert.Equal(PageType.Product, article.PageType);
        Assert.Equal(Description, article.Text.Trim());
        Assert.Equal("json-ld-product", article.TextSource);
    }

    [Fact]
    public void DescriptionMarkup_ProductItemWithReview_ReadsTheProductsDescriptionOnly()
    {
        const string html = """
            <html><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Fellwater Flask</h1>
            <div itemscope itemtype="https://schema.org/Review"><p itemprop="description">Kept my tea hot all day, said Orla.</p></div>
            <div itemprop="description"><p>A double-walled flask for long walks on the Fellwater fells.</p></div></div></body></html>
            """;

        Assert.Equal("<p>A double-walled flask for long walks on the Fellwater fells.</p>", ProductMicrodata.DescriptionMarkup(Body(html)));
    }

    [Fact]
    public void DescriptionMarkup_OnlyAReviewsDescription_ReturnsNull()
    {
        const string html = """
            <html><body><div itemscope itemtype="https://schema.org/Review"><p itemprop="description">Kept my tea hot all day.</p></div></body></html>
            """;

        Assert.Null(ProductMicrodata.DescriptionMarkup(Body(html)));
    }

    private static IElement Body(string html) => new HtmlParser().ParseDocument(html).Body!;
}
