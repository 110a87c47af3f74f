using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `said the former president`, `the deputy minister said`: a dated or ranked office is not the office the article gave its
/// holder, so the quote goes to no one rather than to the current holder or the speaker before. Invented councils and people.
/// </summary>
public sealed class DatedRoleDescriptionTests
{
    [Fact]
    public void Extract_FormerPresidentAfterThePresidentsQuote_SpeakerIsNull()
    {
        var analysis = Extract(Article(
            "Harbor Council weighs ferry fees",
            "President Alma Trevik told the Harbor Council on Tuesday that ferry fees would rise. \"We have no other way to pay for the docks,\" Trevik said.",
            "\"This is a tax on the people who can least afford it,\" said the former president."));

        Assert.Equal("Alma Trevik", analysis.QuoteStarting("We have no other").Speaker);
        Assert.Null(analysis.QuoteStarting("This is a tax").Speaker);
    }

    [Fact]
    public void Extract_FormerPresidentLaterInTheArticle_SpeakerIsNull()
    {
        var analysis = Extract(Article(
            "Harbor Council weighs ferry fees",
            "President Alma Trevik told the Harbor Council on Tuesday that ferry fees would rise. \"We have no other way to pay for the docks,\" Trevik said.",
            "The plan drew criticism from across the island.",
            "\"This is a tax on the people who can least afford it,\" said the former president, who led the council for a decade."));

        Assert.Null(analysis.QuoteStarting("This is a tax").Speaker);
    }

    [Fact]
    public void Extract_DeputyMinisterAfterTheMinistersQuote_SpeakerIsNull()
    {
        var analysis = Extract(Article(
            "Clinic hours cut",
            "Health Minister Ines Varro announced shorter clinic hours on Friday. \"We cannot staff the clinics at night,\" Varro said.",
            "\"The nurses were never consulted,\" the deputy minister said."));

        Assert.Null(analysis.QuoteStarting("The nurses were").Speaker);
    }

    [Fact]
    public void Extract_FormerPresidentTheArticleNamed_GivesTheFormerPresident()
    {
        var analysis = Extract(Article(
            "Harbor Council weighs ferry fees",
            "President Alma Trevik told the Harbor Council that ferry fees would rise, and former President Jon Haldo opposed the plan.",
            "\"This is a tax on the people who can least afford it,\" said the former president."));

        Assert.Equal("Jon Haldo", analysis.QuoteStarting("This is a tax").Speaker);
    }
}
