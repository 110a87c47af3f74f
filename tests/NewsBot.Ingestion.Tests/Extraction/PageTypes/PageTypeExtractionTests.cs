using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class PageTypeExtractionTests
{
    private static ExtractedArticle Extract(string html, string url) => new ArticleExtractor().Extract(html, new Uri(url));

    [Fact]
    public void Extract_ForumThreadOfTenPosts_KeepsEveryPostInOrder()
    {
        var article = Extract(InventedPages.Forum(10), "https://birders.example/threads/feeder-keeps-tipping-over.4411/");

        Assert.Equal(PageType.Forum, article.PageType);
        var numbers = Regex.Matches(article.Text, @"Post number (\d+) of the thread").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 10), numbers);
        Assert.Contains("member7", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trending threads", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ListingOfTwentyItems_KeepsEveryTitleAndDescription()
    {
        var article = Extract(InventedPages.Listing(20), "https://quarrylane.example/news");

        Assert.Equal(PageType.Listing, article.PageType);
        foreach (var i in Enumerable.Range(1, 20))
        {
            Assert.Contains($"Quarry Lane notice {i}\n", article.Text + "\n", StringComparison.Ordinal);
            Assert.Contains($"Short description {i}:", article.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Old School House", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DocumentationWithSidebar_DropsSidebarAndTableOfContents()
    {
        var article = Extract(InventedPages.Documentation, "https://docs.tallowmere.example/docs/spooler");

        Assert.Equal(PageType.Documentation, article.PageType);
        Assert.StartsWith("Configuring the spooler\n\nThe spooler reads its settings", article.Text, StringComparison.Ordinal);
        Assert.Contains("tallow spool --check", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Installing Tallowmere", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("On this page", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ProductPage_KeepsDescriptionAndDropsReviewsAndRails()
    {
        var article = Extract(InventedPages.Product, "https://fennick.example/products/harrowgate-linen-apron");

        Assert.Equal(PageType.Product, article.PageType);
        Assert.Contains("Stonewashed linen apron with two deep pockets", article.Text, StringComparison.Ordinal);
        Assert.Contains("Machine wash at 40 degrees", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tamsin R.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tea towel", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("makers since 1921", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ProductSpecificationsInCollapsedAccordion_KeepsThem()
    {
        var article = Extract(InventedPages.ProductWithAccordion, "https://fennick.example/products/oakhollow-stool");

        Assert.Equal(PageType.Product, article.PageType);
        Assert.Contains("Seat height: 46 cm", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in to your account", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ForumPostsWithUserCardsAndSignatures_KeepsAuthorsDropsRanksAndSignatures()
    {
        var article = Extract(InventedPages.ForumWithUserCards(4), "https://birders.example/threads/owl-boxes.5120/");

        Assert.Equal(PageType.Forum, article.PageType);
        Assert.Contains("Post number 4 of the thread", article.Text, StringComparison.Ordinal);
        Assert.Contains("member3", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reaction score", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gold Member", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sent from my garden shed", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_KnownPageType_OverridesDetection()
    {
        var article = new ArticleExtractor().Extract(InventedPages.Listing(3), null, PageType.Collection);

        Assert.Equal(PageType.Collection, article.PageType);
        Assert.Contains("Short description 3:", article.Text, StringComparison.Ordinal);
    }
}
