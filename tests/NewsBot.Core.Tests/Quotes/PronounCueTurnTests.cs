using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A pronoun and a reporting verb earlier in a quote's own sentence open a new turn: the previous quote's speaker keeps it
/// only when the pronoun means them. Invented county, finance director and budget chief.
/// </summary>
public sealed class PronounCueTurnTests
{
    [Fact]
    public void Extract_PronounCueForSomeoneElseInLongSentence_PreviousSpeakerNotCarriedOver()
    {
        var analysis = Extract(Article(
            "The county plans to close two branch libraries next year.",
            "\"We simply cannot keep every door open,\" said Maria Delgado, the county's finance director. Budget chief Tom Harrow "
            + "agreed with her. He said that if the state does not restore its grant before the spring session and the levy "
            + "fails again, \"there will be nothing left to cut but the branches themselves.\""));

        Assert.Equal("Maria Delgado", analysis.QuoteStarting("We simply cannot").Speaker);
        Assert.NotEqual("Maria Delgado", analysis.QuoteStarting("there will be nothing").Speaker);
    }

    [Fact]
    public void Extract_PronounCueForThePreviousSpeaker_TurnCarriesOver()
    {
        var analysis = Extract(Article(
            "The county plans to close two branch libraries next year.",
            "\"We simply cannot keep every door open,\" said Maria Delgado, the county's finance director. She said that if the "
            + "state does not restore its grant, \"there will be a winter of closures and very long queues at the rest.\""));

        Assert.Equal("Maria Delgado", analysis.QuoteStarting("there will be a winter").Speaker);
    }
}
