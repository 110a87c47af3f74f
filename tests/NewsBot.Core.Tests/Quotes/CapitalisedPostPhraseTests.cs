using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `The Member of Parliament for …, Hon. …,` then `the MP said`: a capitalised post before the name is the person's role.
/// Invented constituency and people.
/// </summary>
public sealed class CapitalisedPostPhraseTests
{
    [Theory]
    [InlineData("The Member of Parliament for Obuasi North, Hon. Ama Serwaa Owusu, pledged two boreholes.")]
    [InlineData("The Member of Parliament for Obuasi North, Ama Serwaa Owusu, pledged two boreholes.")]
    public void Extract_MpAfterCapitalisedPost_ThePostHolder(string introduction)
    {
        var analysis = Extract(Article(
            "Boreholes pledged",
            "The health director spoke first.",
            introduction,
            "\"Clean water is not a party matter,\" the MP said."));

        Assert.Equal("Ama Serwaa Owusu", analysis.QuoteStarting("Clean water is").Speaker);
    }

    [Fact]
    public void Extract_CapitalisedPlaceBeforeName_NoPost()
    {
        var analysis = Extract(Article(
            "Boreholes pledged",
            "The Obuasi North Market, Ama Serwaa Owusu said, has no tap.",
            "\"Clean water is not a party matter,\" the MP said."));

        Assert.Null(analysis.QuoteStarting("Clean water is").Speaker);
    }
}
