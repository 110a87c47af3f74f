using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A body cut to its leading acronym is named as the article first wrote it.</summary>
public sealed class AcronymLedBodyTests
{
    [Fact]
    public void Extract_AcronymOpeningBodyNamedEarlier_SpeakerIsTheFullerName()
    {
        var analysis = Extract(Article(
            "Clinics drop cover for sleep pills",
            "When NHC Healthcare, one of the largest clinic chains in the valley, told staff it would stop paying for the pills, many were surprised.",
            "NHC declined to comment on Monday.",
            "In fact, NHC said in its notice, “in many cases the discounts on offer make the pills cheaper than anything our plans can negotiate.”"));

        Assert.Equal("NHC Healthcare", analysis.QuoteStarting("in many cases the discounts").Speaker);
    }

    [Fact]
    public void Extract_AcronymOpeningTwoBodies_SpeakerStaysAsWritten()
    {
        var analysis = Extract(Article(
            "Two firms share a name",
            "NHC Healthcare runs the clinics, while NHC Logistics moves their supplies across the valley.",
            "NHC said in a notice, “the discounts on offer make the pills cheaper than anything our plans can negotiate.”"));

        Assert.Equal("NHC", analysis.QuoteStarting("the discounts on offer").Speaker);
    }
}
