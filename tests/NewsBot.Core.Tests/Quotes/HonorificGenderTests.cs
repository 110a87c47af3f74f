using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `Mr Kettleby said` in an article about a couple and their daughter means the husband, never the wife or daughter whose
/// full name came last. Invented bakery and family.
/// </summary>
public sealed class HonorificGenderTests
{
    private const string Bakery =
        "The founders of Kettleby's Bakery, Richard Kettleby and Susan Kettleby, are retiring after 38 years.";

    [Fact]
    public void Extract_MrBeforeSurnameSharedWithWife_GivesTheHusband()
    {
        var analysis = Extract(Article(
            "Couple hand bakery chain to daughter",
            Bakery,
            "Their daughter, Emma Kettleby, will take over. \"I grew up in the bakery,\" she said.",
            "\"Emma knows every recipe by heart,\" Mr Kettleby said."));

        Assert.Equal("Richard Kettleby", analysis.QuoteStarting("Emma knows every").Speaker);
    }

    [Fact]
    public void Extract_MrsBeforeSurnameSharedWithHusband_GivesTheWife()
    {
        var analysis = Extract(Article(
            "Couple hand bakery chain to daughter",
            Bakery,
            "\"It is the right time for all of us and for the shops,\" Mrs Kettleby added."));

        Assert.Equal("Susan Kettleby", analysis.QuoteStarting("It is the right").Speaker);
    }
}
