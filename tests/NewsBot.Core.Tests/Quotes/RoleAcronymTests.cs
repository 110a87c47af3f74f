using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`The District Chief Executive (DCE), Mr …` then `the DCE said`: the post's holder. Invented district and people.</summary>
public sealed class RoleAcronymTests
{
    [Fact]
    public void Extract_AcronymOfASpelledOutPost_TheHolder()
    {
        var analysis = Extract(Article(
            "Market to be relocated",
            "The District Chief Executive (DCE), Mr Kofi Asamoah-Larbi, announced the move at a durbar on Friday.",
            "\"Traders will get new sheds before the rains,\" the DCE stated."));

        Assert.Equal("Kofi Asamoah-Larbi", analysis.QuoteStarting("Traders will get").Speaker);
    }

    [Fact]
    public void Extract_AcronymOfABody_StaysTheBody()
    {
        var analysis = Extract(Article(
            "Market to be relocated",
            "The Traders Welfare Association (TWA) met on Friday with Mr Kofi Asamoah-Larbi.",
            "\"We were not consulted about the new site,\" the TWA said."));

        Assert.NotEqual("Kofi Asamoah-Larbi", analysis.QuoteStarting("We were not consulted").Speaker);
    }
}
