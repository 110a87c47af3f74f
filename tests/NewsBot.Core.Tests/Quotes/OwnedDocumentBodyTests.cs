using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A statement the article gives to a body it named (`the company's statement said`) speaks for that body.</summary>
public sealed class OwnedDocumentBodyTests
{
    [Fact]
    public void Extract_CompanysStatementAfterSuffixedFirm_SpeakerIsTheFirm()
    {
        var analysis = Extract(Article(
            "Oxbury snack maker recalls crisps",
            "Brellin Foods Ltd said on Monday it would recall a batch of crisps after customers found glass in the bags.",
            "The company's statement said, \"We have stopped the line and are checking every bag that left the plant.\""));

        Assert.Equal("Brellin Foods Ltd", analysis.QuoteStarting("We have stopped the line").Speaker);
    }

    [Fact]
    public void Extract_ItsStatementAfterFirmAsSubject_SpeakerIsTheFirm()
    {
        var analysis = Extract(Article(
            "Actress sued over diet claims",
            "A group of buyers sued the actress Nora Pell over the diet plan she sold through her own company.",
            "However, Velmora Glow quickly fired back in defense of Pell. Its statement claimed, \"Ms. Pell followed the plan for a full year before she lost any weight.\"",
            "The firm's release continued, \"Nothing in our advertising misled a single reasonable buyer.\""));

        Assert.Equal("Velmora Glow", analysis.QuoteStarting("Ms. Pell followed the plan").Speaker);
        Assert.Equal("Velmora Glow", analysis.QuoteStarting("Nothing in our advertising").Speaker);
    }

    [Fact]
    public void Extract_InstitutesReleaseNamedOnlyInCapitals_SpeakerStaysUnknown()
    {
        var analysis = Extract(Article(
            "Language courses open",
            "THE NORTHFIELD INSTITUTE for Language and Culture opened its enrolment for the spring courses on Monday.",
            "\"Learning a language opens doors to new friends and new work across the region,\" the Institute's release added."));

        Assert.Null(analysis.QuoteStarting("Learning a language opens doors").Speaker);
    }

    [Fact]
    public void Extract_CompanysStatementAfterWomanSubject_SpeakerIsNotThePerson()
    {
        var analysis = Extract(Article(
            "Bakery closes",
            "Maria Holm closed her bakery on Friday after twenty years on the high street.",
            "The company's statement said, \"We thank every customer who came through our doors over the years.\""));

        Assert.NotEqual("Maria Holm", analysis.QuoteStarting("We thank every customer").Speaker);
    }
}
