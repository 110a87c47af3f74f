using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`said researchers at Coastline Analytics`: the body the group works at speaks. Invented firms and people.</summary>
public sealed class GroupAtBodyTests
{
    [Theory]
    [InlineData("said researchers at Tallis Analytics, who modelled the fire's spread", "Tallis Analytics")]
    [InlineData("said analysts from Brennock Research", "Brennock Research")]
    public void Extract_GroupAtNamedBodyAfterQuote_TheBody(string cue, string expected)
    {
        var analysis = Extract(Article(
            "Fire season",
            "Commissioner Rob Hale defended the warning times.",
            $"\"Fires like this are now likely once every eight years,\" {cue}."));

        Assert.Equal(expected, analysis.QuoteStarting("Fires like this").Speaker);
    }
}
