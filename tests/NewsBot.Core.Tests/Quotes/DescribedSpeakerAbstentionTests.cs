using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A speaker the cue's own clause describes without a name (`a council official who spoke anonymously said`, `As one
/// buyer on the Harbour market wrote`) is someone the article does not name: neither the rules nor the ranker may give
/// the quote to a person named elsewhere, nor to the place in the description. Invented people and bodies.
/// </summary>
public sealed class DescribedSpeakerAbstentionTests
{
    [Fact]
    public void Extract_AnonymousOfficialAfterAlthoughClause_NoNameWithTheRanker()
    {
        var analysis = Extract(Article(
            "Tomas Berg's team met the harbour board on Monday.",
            "Although there is no such overlap with Berg's team, a council official who spoke anonymously said Wednesday, “Certainly there are discussions between the council and the harbour board.”"));

        Assert.Null(analysis.QuoteStarting("Certainly there are").Speaker);
    }

    [Fact]
    public void Extract_OneBuyerOnAMarket_NotTheMarket()
    {
        var analysis = Extract(Article(
            "Buyers on the Harbour market have started to test what they buy.",
            "As one buyer on the Harbour market wrote to me over the site’s messaging system, “My first reasons were selfish. I wanted to keep the seller honest.”"));

        Assert.DoesNotContain("Harbour", analysis.QuoteStarting("My first reasons").Speaker ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SpokesmanDeclinedToAddressAReportButSaid_NotTheReportsBody()
    {
        var analysis = Extract(Article(
            "The Platte Water board has been under review since the spring.",
            "A spokesman for Platte Water declined to address the FBI's report on the board but said, “We have always worked within the law and will keep doing so.”"));

        Assert.DoesNotContain("FBI", analysis.QuoteStarting("We have always worked").Speaker ?? string.Empty, StringComparison.Ordinal);
    }
}
