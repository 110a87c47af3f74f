using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`the Hon.` and `the Rt Hon.` before a minister's name, as Commonwealth newsrooms write it.</summary>
public sealed class HonourableTitleTests
{
    [Fact]
    public void Extract_RoleThenSenatorTheHonName_NameSpeaks()
    {
        var analysis = Extract(Article(
            "Trade fair opens in Port Mallory",
            "The fair will run for five days.",
            "“We are looking to bring a group of ministers of trade from across the region,” Minister of Industry, Senator the Hon. Marcus Bellweather, told the News Service."));

        Assert.Equal("Marcus Bellweather", analysis.QuoteStarting("We are looking").Speaker);
    }

    [Fact]
    public void Extract_TheRtHonNameSaid_NameSpeaksAndSentenceGoesOn()
    {
        var analysis = Extract(Article(
            "Harbour bill passes",
            "“This bill gives every fisher a say in the harbour,” said the Rt. Hon. Alma Petrova, the minister for the coast."));

        Assert.Equal("Alma Petrova", analysis.QuoteStarting("This bill gives").Speaker);
    }
}
