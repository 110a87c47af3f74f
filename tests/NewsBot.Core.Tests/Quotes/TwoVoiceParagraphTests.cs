using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A paragraph of nothing but a quote continues the previous paragraph's speaker only when that paragraph quoted one person. Invented people.</summary>
public sealed class TwoVoiceParagraphTests
{
    [Fact]
    public void Extract_QuoteOnlyParagraphAfterTwoSpeakers_NoSpeaker()
    {
        var analysis = Extract(Article(
            "The clinic at Marrow Lane closed on Friday.",
            "\"I waited a year for a scan,\" said patient Owen Brackley. His sister, Ruth, was angrier. \"It is a scandal,\" she said.",
            "\"The building will reopen as offices in the spring.\"",
            "That was the plan set out by the landlord, Harriet Vosper, on Monday."));

        Assert.Null(analysis.QuoteStarting("The building will reopen").Speaker);
    }

    [Fact]
    public void Extract_QuoteOnlyParagraphAfterOneSpeaker_ThatSpeaker()
    {
        var analysis = Extract(Article(
            "The clinic at Marrow Lane closed on Friday.",
            "\"I waited a year for a scan,\" said patient Owen Brackley.",
            "\"Nobody told us where to go instead.\""));

        Assert.Equal("Owen Brackley", analysis.QuoteStarting("Nobody told us").Speaker);
    }
}
