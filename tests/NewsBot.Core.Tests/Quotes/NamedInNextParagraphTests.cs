using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A quote-only paragraph signed by the next one (`Those were the words of …`). Invented village and people.</summary>
public sealed class NamedInNextParagraphTests
{
    [Theory]
    [InlineData("Those were the words of Mzee Samuel ole Ntimama, 79, whose maize field the road now crosses.")]
    [InlineData("That was the view of Samuel Ntimama, who has farmed by the river since 1968.")]
    public void Extract_NextParagraphSignsTheQuote_ThatName(string signature)
    {
        var analysis = Extract(Article(
            "Road divides village",
            "Residents of Olkiri blocked the new road on Monday.",
            "\"They took the land and never came back to pay.\"",
            signature,
            "County officials said payments would start soon."));

        Assert.EndsWith("Ntimama", analysis.QuoteStarting("They took the land").Speaker);
    }

    [Fact]
    public void Extract_NextParagraphOnlyNamesSomeone_NotSigned()
    {
        var analysis = Extract(Article(
            "Road divides village",
            "Residents of Olkiri blocked the new road on Monday.",
            "\"They took the land and never came back to pay.\"",
            "Samuel Ntimama, 79, has farmed by the river since 1968.",
            "County officials said payments would start soon."));

        Assert.NotEqual("Samuel Ntimama", analysis.QuoteStarting("They took the land").Speaker);
    }
}
