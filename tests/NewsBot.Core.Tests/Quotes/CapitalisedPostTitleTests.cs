using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A post written in capitals before a name (`Nationals MP`, `SP`) is a title, not a body's acronym, so the person is
/// named and a later `he said` means them. Invented district, forecaster, MP and police officer.
/// </summary>
public sealed class CapitalisedPostTitleTests
{
    [Fact]
    public void Extract_PronounAfterMpBeforeName_MeansTheMp()
    {
        var analysis = Extract(Article(
            "Farmers welcome rain",
            "Senior forecaster Dr Anand Kulkarni said more showers were likely. \"There's a good chance of further falls on Friday,\" he said.",
            "Local Nationals MP Greg Tully said the drought package would continue. \"Nobody should think the support is going to disappear,\" he told the paper."));

        Assert.Equal("Greg Tully", analysis.QuoteStarting("Nobody should think").Speaker);
    }

    [Fact]
    public void Extract_PoliceRankBeforeName_RankLeftOutOfTheName()
    {
        var analysis = Extract(Article(
            "Police deploy officers after boundary dispute",
            "The police spokesman in the state, SP Aminu Bello, confirmed the deployment. \"The command will not tolerate any breach of the peace,\" Bello said."));

        Assert.Equal("Aminu Bello", analysis.QuoteStarting("The command will").Speaker);
    }
}
