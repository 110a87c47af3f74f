using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`the nurses said` speaks for the body named earlier with that plural word, not for one named only later.</summary>
public sealed class GroupMembersTests
{
    private const string Statement = "“We cannot keep losing staff to agencies,” the nurses said in a statement.";

    [Fact]
    public void Extract_PluralMembersAfterTheirGroupIsNamed_TheGroup()
    {
        var analysis = Extract(Article("Pay talks stall", "Members of the Eastfield Nurses Union voted on Monday to reject the latest pay offer.", Statement));

        Assert.Equal("Eastfield Nurses Union", analysis.QuoteStarting("We cannot").Speaker);
    }

    [Fact]
    public void Extract_GroupNamedOnlyAfterTheQuote_NoSpeaker()
    {
        var analysis = Extract(Article("Pay talks stall", "Hospital staff voted on Monday to reject the latest pay offer.", Statement,
            "The Eastfield Nurses Union will meet next week."));

        Assert.Null(analysis.QuoteStarting("We cannot").Speaker);
    }
}
