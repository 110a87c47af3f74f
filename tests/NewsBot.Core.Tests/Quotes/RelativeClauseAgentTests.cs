using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`X was asked by host Y, who …, “…”`: a relative clause after the agent does not hide who asked. Invented people.</summary>
public sealed class RelativeClauseAgentTests
{
    [Fact]
    public void Extract_PassiveAgentWithRelativeClause_AgentAsked()
    {
        var analysis = Extract(Article(
            "Council member questioned on bridge",
            "Council member Petra Lunn was asked by host Omar Redgrave, who has covered the harbour council for many years, “Will the bridge open on time?”"));

        Assert.Equal("Omar Redgrave", analysis.QuoteStarting("Will the bridge").Speaker);
    }

    [Fact]
    public void Extract_ActiveVerbBeforeByAndRelativeClause_NotReadAsAgent()
    {
        // `stood by` is no passive: the subject speaks.
        var analysis = Extract(Article(
            "Council member questioned on bridge",
            "Council member Petra Lunn stood by her colleague Omar Redgrave, who has covered the harbour council for many years, and said, “The bridge will open on time.”"));

        Assert.NotEqual("Omar Redgrave", analysis.QuoteStarting("The bridge will").Speaker);
    }
}
