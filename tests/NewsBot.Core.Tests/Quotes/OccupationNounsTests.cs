using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>An occupation written before a full name like a title is the speaker's role, not part of the name.</summary>
public sealed class OccupationNounsTests
{
    [Theory]
    [InlineData("Fisherman Mark Varga said the season had been the worst in years.", "Mark Varga", "Fisherman")]
    [InlineData("Paramedic Ivan Fabre said the ambulances waited for hours.", "Ivan Fabre", "Paramedic")]
    public void Extract_OccupationBeforeFullName_NameWithoutIt(string lead, string name, string role)
    {
        var quote = Extract(Article("Harbour news", lead + " “We came back with half of what we caught a decade ago,” he said.")).QuoteStarting("We came");

        Assert.Equal(name, quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
    }

    [Theory]
    [InlineData("fisherman", true)]
    [InlineData("Paramedic", true)]
    [InlineData("harbour", false)]
    public void Is_Word_WhetherAnOccupation(string word, bool expected)
    {
        Assert.Equal(expected, OccupationNouns.Is(word));
    }
}
