using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `a homemaker from Ward 12`: a capitalised word with a number after it is a numbered place, not the man a later `he said`
/// means, even when the word is also a surname. Invented town, collector and minister.
/// </summary>
public sealed class NumberedThingTests
{
    [Fact]
    public void Extract_PronounAfterNumberedWard_NotGivenTheWard()
    {
        var analysis = Extract(Article(
            "New water plant opens in Raghunathpur",
            "Residents welcomed the move. \"Earlier we had to buy water from tankers every week,\" said Lakshmi Devi, a homemaker from Ward 12.",
            "The minister added that a second plant would follow. \"The detailed project report is ready for the cabinet,\" he said."));

        Assert.NotEqual("Ward", analysis.QuoteStarting("The detailed project").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterSurnameWard_StillMeansHim()
    {
        var analysis = Extract(Article(
            "New water plant opens in Raghunathpur",
            "Engineer Colin Ward, 52, led the works. \"The detailed project report is ready for the cabinet,\" he said."));

        Assert.Equal("Colin Ward", analysis.QuoteStarting("The detailed project").Speaker);
    }
}
