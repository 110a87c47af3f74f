using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class OffTopicRegionTests
{
    private const string Title = "Choosing Trail Lanterns | Fenwick Outdoor Supply";
    private const string Description = "How to choose a trail lantern: brightness, battery runtime, weight and weather sealing explained.";

    private const string Grid = "Glowmere 300 Lantern\n$49.00\nAdd to cart\n\nBrackenlight Mini\n$29.00\nAdd to cart\n\n"
        + "Pellow Camp Lamp\n$35.00\nAdd to cart";

    private const string Guide = "Choosing Trail Lanterns\n\nTo choose a trail lantern, weigh its brightness against battery runtime, "
        + "then its weight and its weather sealing: a lamp for a damp valley needs a better seal than one for the car.";

    [Fact]
    public void ArticleReplacing_GridMissesTheHeadlineWordsAndArticleHoldsThem_ReturnsTheArticle()
    {
        var replacing = OffTopicRegion.ArticleReplacing(Grid, () => Guide, HeadlineWords.Of(Title, Description));

        Assert.Equal(Guide, replacing);
    }

    [Fact]
    public void ArticleReplacing_RegionHoldsTheHeadlineWords_NeverRunsTheArticlePath()
    {
        var read = false;

        var replacing = OffTopicRegion.ArticleReplacing(Title + "\n\n" + Description + "\n\n" + Grid, () =>
        {
            read = true;
            return Guide;
        }, HeadlineWords.Of(Title, Description));

        Assert.Null(replacing);
        Assert.False(read);
    }

    [Fact]
    public void ArticleReplacing_ArticleAlsoMissesTheHeadlineWords_KeepsTheRegion()
    {
        const string Footer = "Fenwick Outdoor Supply, 12 Quarry Lane. Opening hours Monday to Saturday.";

        Assert.Null(OffTopicRegion.ArticleReplacing(Grid, () => Footer, HeadlineWords.Of(Title, Description)));
    }

    [Fact]
    public void ArticleReplacing_PageAnnouncesTooFewWords_Abstains()
    {
        Assert.Null(OffTopicRegion.ArticleReplacing(Grid, () => Guide, HeadlineWords.Of("Lanterns", null)));
    }
}
