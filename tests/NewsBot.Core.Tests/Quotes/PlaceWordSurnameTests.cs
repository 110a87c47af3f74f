using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A surname that is also a place (`York`, `Washington`) names the person the article gave it to.</summary>
public sealed class PlaceWordSurnameTests
{
    [Fact]
    public void Extract_BareSurnameThatIsAPlace_ExpandsToFullName()
    {
        var analysis = Extract(Article(
            "Songs for the harbour festival",
            "Two writers, Dana Fielding and Kate York, joined the project last spring.",
            "“It is a totally different muscle for all of us,” York said. “You have to take yourself out of it a little.”"));

        Assert.Equal("Kate York", analysis.QuoteStarting("It is a totally").Speaker);
        Assert.Equal("Kate York", analysis.QuoteStarting("You have to take").Speaker);
    }

    [Fact]
    public void Extract_PlaceWordAfterGivenNameThatIsAPlace_StaysAPlace()
    {
        var analysis = Extract(Article(
            "Storm damage in the bay",
            "Crews in Virginia Beach worked through the night, the city said.",
            "“We have never seen water this high on the boardwalk,” Virginia Beach said."));

        Assert.Null(analysis.QuoteStarting("We have never seen").Speaker);
    }

    [Fact]
    public void Extract_BareSurnameThatIsAPlaceAfterCapitalisedRole_ExpandsToFullName()
    {
        var analysis = Extract(Article(
            "Party trends for the season",
            "“Colour is back on every table this year,” says Lantern Events Co-Owner and Lead Planner Nora Hall.",
            "“Grazing boards keep guests moving between the rooms all night,” Hall says."));

        Assert.Equal("Nora Hall", analysis.QuoteStarting("Grazing boards").Speaker);
    }
}
