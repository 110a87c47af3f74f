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

    [Theory]
    [InlineData("In der Backstube von Uwe Lenz riecht es nach Zimt. Später lachte Lenz", "Uwe Lenz")]
    [InlineData("Inside the Galleria di Marco Neri", "Marco Neri")]
    public void Extract_CommonNounBeforeParticle_NameStartsAfterTheParticle(string opening, string speaker)
    {
        var surname = speaker.Split(' ')[^1];
        var quote = Assert.Single(Extract(Article($"{opening}.", $"“We bake from five in the morning,” {surname} said.")).Quotes);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Ludwig van Halen", "Halen")]
    [InlineData("Mark de Vries", "Vries")]
    [InlineData("Inês Lula da Costa", "Costa")]
    public void Extract_GivenNameBeforeParticle_KeptInTheName(string name, string surname)
    {
        var quote = Assert.Single(Extract(Article($"{name} opened the bakery on Monday.", $"“We bake from five in the morning,” {surname} said.")).Quotes);

        Assert.Equal(name, quote.Speaker);
    }
}
