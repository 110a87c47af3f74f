using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Verbs that report speech, in the forms a news sentence uses them.</summary>
public sealed class ReportingVerbsTests
{
    [Theory]
    [InlineData("offers")]
    [InlineData("offered")]
    [InlineData("penned")]
    public void IsReportingVerb_SpeechVerbForm_True(string word)
    {
        Assert.True(ReportingVerbs.IsReportingVerb(word));
    }

    [Fact]
    public void Extract_QuoteSplitByNameOffers_BothPartsToThatName()
    {
        var analysis = Extract(Article(
            "Fasting tips",
            "Lena Mattern, a nutrition researcher at Eastfield University, has studied fasting for a decade.",
            "“One tip for anyone starting out,” Mattern offers, “is to begin with a twelve-hour window.”"));

        Assert.Equal("Lena Mattern", analysis.QuoteStarting("One tip").Speaker);
        Assert.Equal("Lena Mattern", analysis.QuoteStarting("is to begin").Speaker);
    }

    [Fact]
    public void Extract_AsNamePutIt_NamesThatPerson()
    {
        var analysis = Extract(Article(
            "Harbour vote",
            "The council put off the harbour vote again on Tuesday.",
            "As the Gazette's Tom Varga put it, “the harbour is a mess that nobody on the council wants to own.”"));

        Assert.Equal("Tom Varga", analysis.QuoteStarting("the harbour is a mess").Speaker);
    }

    [Fact]
    public void Extract_VerbBeforeCapitalisedPost_NamesTheWriter()
    {
        var analysis = Extract(Article(
            "Harbour vote",
            "The council put off the harbour vote again on Tuesday.",
            "“The vote will be close, and nobody wants to be blamed for the delay,” wrote Post city hall bureau chief Lena Marsh."));

        Assert.Equal("Lena Marsh", analysis.QuoteStarting("The vote will be close").Speaker);
    }

    [Fact]
    public void IsPhrasal_PutIt_True()
    {
        Assert.True(ReportingVerbs.IsPhrasal("put", "it"));
        Assert.False(ReportingVerbs.IsPhrasal("put", "down"));
    }
}
