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
}
