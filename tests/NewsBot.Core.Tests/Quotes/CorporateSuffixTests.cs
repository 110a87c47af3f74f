using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A firm's name ends in what it trades in: `the company said` and `they wrote` can mean it. Invented firms.</summary>
public sealed class CorporateSuffixTests
{
    [Theory]
    [InlineData("Bayline Ferries", true)]
    [InlineData("Harwood Brothers", true)]
    [InlineData("Samantha Power", false)]
    [InlineData("Ferries", false)]
    [InlineData("Bayline Harbour", false)]
    public void Names_LastWordAfterNoGivenName_FirmOnlyForASuffix(string name, bool expected) =>
        Assert.Equal(expected, CorporateSuffix.Names(name.Split(' ')));

    [Fact]
    public void Extract_UtilitySaidAfterAFirmWithASuffix_TheFirm()
    {
        var analysis = Extract(Article(
            "Power cuts",
            "Kelvale Power said two units had failed and that cuts would last all week.",
            "\"Teams are working around the clock to repair the units,\" the utility said in a statement."));

        Assert.Equal("Kelvale Power", analysis.QuoteStarting("Teams are").Speaker);
    }

    [Fact]
    public void Extract_TheyWroteAfterAnalystsAtAFirm_TheFirm()
    {
        var analysis = Extract(Article(
            "Strike costs",
            "Analysts at Pennick Brothers said the strike could cost the operator dearly.",
            "\"A long stoppage would wipe out the summer's profit,\" they wrote in a note to clients."));

        Assert.Equal("Pennick Brothers", analysis.QuoteStarting("A long stoppage").Speaker);
    }

    [Fact]
    public void Extract_GroupSaidAfterARegulator_TheFirmNamedBefore()
    {
        var analysis = Extract(Article(
            "Shares slump",
            "Shares in Tarrow Holdings fell after the Fair Markets Authority opened an inquiry into its charges.",
            "\"We are confident that our pricing has always been fair,\" the group said."));

        Assert.Equal("Tarrow Holdings", analysis.QuoteStarting("We are confident").Speaker);
    }
}
