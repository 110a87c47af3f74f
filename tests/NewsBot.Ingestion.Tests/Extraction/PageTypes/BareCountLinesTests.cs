using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class BareCountLinesTests
{
    private static string Card(int i) => $"""
        <li class="tile"><h3><a href="/kettles/{i}">Brindlemoor stovetop kettle, model {i}</a></h3>
          <p>A whistling kettle in brushed steel that holds enough for a pot of tea and a hot-water bottle.</p>
          <div class="stars"><span class="count">{130 + i}</span></div><p>{i} litre capacity</p></li>
        """;

    private static string Category => $"""
        <html><head><title>Kettles | Brindlemoor Homeware</title></head><body><main>
        <h1>Kettles</h1><p class="result-count">(8 results)</p>
        <ul class="grid">{string.Concat(Enumerable.Range(1, 8).Select(Card))}</ul>
        </main></body></html>
        """;

    [Fact]
    public void Extract_CollectionWithReviewCountsAndResultCount_DropsTheBareCounts()
    {
        var article = new ArticleExtractor().Extract(Category, new Uri("https://brindlemoor.example/kettles"), PageType.Collection);

        Assert.Contains("Brindlemoor stovetop kettle, model 8", article.Text, StringComparison.Ordinal);
        Assert.Contains("8 litre capacity", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("138", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("results", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleWithBareNumberLine_KeepsIt()
    {
        var article = new ArticleExtractor().Extract(Category, new Uri("https://brindlemoor.example/kettles"), PageType.Article);

        Assert.Contains("138", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("128")]
    [InlineData(" 4 ")]
    [InlineData("(24 results)")]
    [InlineData("Products (24)")]
    [InlineData("1–24 of 310 products")]
    [InlineData("Showing 25 results")]
    [InlineData("Loaded 48 items")]
    public void IsBareCount_CountWithoutLabel_True(string line) => Assert.True(BareCountLines.IsBareCount(line));

    [Theory]
    [InlineData("128 GB")]
    [InlineData("24 pieces in the set")]
    [InlineData("12345678")]
    [InlineData("$24.99")]
    [InlineData("")]
    public void IsBareCount_LineThatSaysMore_False(string line) => Assert.False(BareCountLines.IsBareCount(line));
}
