using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class ShopControlLabelsTests
{
    private static string Card(int i) => $"""
        <li class="tile"><span class="badge">New</span><h3><a href="/p/{i}">Brambleford oak stool, model {i}</a></h3>
          <p>Hand-turned legs and a seat waxed with beeswax from the Tarrow valley.</p><p class="price">£{40 + i}.00</p>
          <p class="stock">Sold out</p><button>Add to cart</button><button>Quick view</button><div>Compare</div></li>
        """;

    private static string Collection => $"""
        <html><head><title>Stools | Brambleford Joinery</title></head><body><main>
        <h1>Stools</h1><p>Every stool is made to order in our workshop and dried for a season before it is finished.</p>
        <div class="toolbar"><span>Filters</span><span>Sort by</span></div>
        <ul class="grid">{string.Concat(Enumerable.Range(1, 8).Select(Card))}</ul><div>Loading…</div>
        </main></body></html>
        """;

    [Fact]
    public void Extract_CollectionWithCardButtonsAndBadges_DropsTheBareLabels()
    {
        var article = new ArticleExtractor().Extract(Collection, new Uri("https://brambleford.example/collections/stools"), PageType.Collection);

        Assert.Contains("Brambleford oak stool, model 8", article.Text, StringComparison.Ordinal);
        Assert.Contains("£48.00", article.Text, StringComparison.Ordinal);
        Assert.Contains("Sold out", article.Text, StringComparison.Ordinal);
        foreach (var label in new[] { "Add to cart", "Quick view", "Compare", "Filters", "Sort by", "Loading", "New\n" })
        {
            Assert.DoesNotContain(label, article.Text + "\n", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Add to Cart", true)]
    [InlineData("  QUICK VIEW ", true)]
    [InlineData("Loading...", true)]
    [InlineData("Add to cart (2)", false)]
    [InlineData("Sold out", false)]
    [InlineData("New oak stools for the winter", false)]
    public void IsLabel_Line_MatchesOnlyABareLabel(string line, bool expected) =>
        Assert.Equal(expected, ShopControlLabels.IsLabel(line));
}
