using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class OffTopicArticleTests
{
    private const string Title = "Safe Kayak Rentals on the Marrow Estuary | Tidewell Outfitters";
    private const string Description = "Our guide to renting kayaks safely: checking paddlers, tides, life jackets and weather before launch.";

    private const string Notice = "This material is for general information only and may not reflect current opinion. No reproduction in whole or "
        + "in part is permitted without written consent. The company is not responsible for content on other websites.";

    private const string Guide = "Safe Kayak Rentals on the Marrow Estuary\n\nRenting kayaks safely starts at the counter: checking paddlers, "
        + "reading the tides and the weather, and fitting life jackets before launch. Our guide covers each step.";

    [Fact]
    public void RegionReplacing_ArticleIsALegalNoticeAndRegionHoldsTheGuide_ReturnsTheRegion()
    {
        var replacing = OffTopicArticle.RegionReplacing(Notice, () => Guide, HeadlineWords.Of(Title, Description));

        Assert.Equal(Guide, replacing);
    }

    [Fact]
    public void RegionReplacing_ArticleHoldsTheHeadlineWords_NeverReadsTheRegion()
    {
        var read = false;

        var replacing = OffTopicArticle.RegionReplacing(Guide, () =>
        {
            read = true;
            return Notice;
        }, HeadlineWords.Of(Title, Description));

        Assert.Null(replacing);
        Assert.False(read);
    }

    [Fact]
    public void RegionReplacing_RegionHoldsTheArticle_KeepsTheArticle()
    {
        var region = Notice + "\n\nSafe kayak rentals, tides and life jackets: ask at the estuary counter.";

        Assert.Null(OffTopicArticle.RegionReplacing(Notice, () => region, HeadlineWords.Of(Title, Description)));
    }

    [Fact]
    public void RegionReplacing_PageAnnouncesTooFewWords_Abstains()
    {
        Assert.Null(OffTopicArticle.RegionReplacing(Notice, () => Guide, HeadlineWords.Of("Kayaks", null)));
    }
}
