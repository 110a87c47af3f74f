using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Tests.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.Blocks;

/// <summary>The shipped block model, switched on for every page type, on invented pages.</summary>
public sealed class BlockCandidateTests
{
    private static readonly HashSet<PageType> EveryType = [.. Enum.GetValues<PageType>()];

    [Fact]
    public void Extract_ListingOfTwentyItemsByBlocks_KeepsEveryItemTitle()
    {
        var article = new ArticleExtractor(EveryType).Extract(InventedPages.Listing(20), new Uri("https://quarrylane.example/news"));

        Assert.Equal(PageType.Listing, article.PageType);
        Assert.Equal("blocks", article.TextSource);
        foreach (var i in Enumerable.Range(1, 20))
        {
            Assert.Contains($"Quarry Lane notice {i}\n", article.Text + "\n", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extract_ProductPageByBlocks_KeepsDescriptionAndSpecsWithoutTheMenu()
    {
        var article = new ArticleExtractor(EveryType).Extract(BlockPages.Product(), new Uri("https://fellside.example/jackets/heron-40"));

        Assert.Contains("keeps a walker dry", article.Text, StringComparison.Ordinal);
        Assert.Contains("Recycled nylon", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Basket", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleInALongFooterByBlocks_DropsTheFooter()
    {
        var article = new ArticleExtractor(EveryType).Extract(BlockPages.ArticleWithLongFooter(), new Uri("https://ashbycourier.example/2026/11/ferry"));

        Assert.Contains("Captain Mira Holloway said", article.Text, StringComparison.Ordinal);
        Assert.Contains("book a seat on the late crossing", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Section 17 of the Ashby Courier", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DefaultExtractor_LeavesTheBlockCandidateOff()
    {
        var article = new ArticleExtractor().Extract(InventedPages.Listing(20), new Uri("https://quarrylane.example/news"));

        Assert.NotEqual("blocks", article.TextSource);
    }
}
