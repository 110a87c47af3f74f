using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Runs of capitalised words read as names: the title part (`Harbour Authority Spokesperson`) is the role, not the name.</summary>
public sealed class NameMentionReaderTests
{
    [Theory]
    [InlineData("Harbour Authority Spokesperson Ada Lindqvist said on Monday: “We will raise the berth fees by ten percent next spring.”", "Ada Lindqvist", "Harbour Authority spokesperson")]
    [InlineData("“We will raise the berth fees by ten percent next spring,” said Brenford Ferries Chief Executive Oskar Lindgren.", "Oskar Lindgren", "Brenford Ferries Chief Executive")]
    public void Extract_CapitalisedOccupationBeforeName_NameWithoutTitleRoleWithIt(string paragraph, string speaker, string role)
    {
        var quote = Assert.Single(Extract(Article("Berth fees rise in Halvik", paragraph)).Quotes);

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole, ignoreCase: true);
    }

    [Fact]
    public void Extract_SenatorWithPartyAndState_NameNotTheStateCode()
    {
        var quote = Assert.Single(Extract(Article(
            "Ferry budget debated",
            "“The ferries have used the harbour for free for far too long,” said Sen. Mira Holt, R-Ky., at a meeting in Halvik.")).Quotes);

        Assert.Equal("Mira Holt", quote.Speaker);
    }
}
