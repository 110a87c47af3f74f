using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Singaporean and Malaysian names written family name first with no hyphen (`Madam Goh Swee Lian` … `said Madam Goh`):
/// `Madam` and `Mdm` are honorifics, so the short form is the family name and finds the full name it opens, also past an
/// occupation that opens the sentence (`Retiree Goh Swee Lian`). Invented people.
/// </summary>
public sealed class FamilyNameFirstHonorificTests
{
    [Fact]
    public void Extract_SaidMadamAfterFullNameWithMadam_TheFullName()
    {
        var analysis = Extract(Article(
            "Madam Goh Swee Lian, 78, lives on the ninth floor of Block 12.",
            "“The stairs are too much for me now,” said Madam Goh."));

        Assert.Equal("Goh Swee Lian", analysis.QuoteStarting("The stairs are too much").Speaker);
    }

    [Fact]
    public void Extract_SaidMadamAfterRetireeOpensSentence_TheFullName()
    {
        var analysis = Extract(Article(
            "Retiree Goh Swee Lian, 78, has lived on the ninth floor since 1981.",
            "“The stairs are too much for me now,” said Madam Goh."));

        Assert.Equal("Goh Swee Lian", analysis.QuoteStarting("The stairs are too much").Speaker);
    }

    [Fact]
    public void Extract_MadamThenSheSaid_TheFullName()
    {
        var analysis = Extract(Article(
            "Mdm Ong Bee Choo, 81, has not been downstairs since July.",
            "Asked what she would do first, Mdm Ong smiled. “Buy my own fish,” she said."));

        Assert.Equal("Ong Bee Choo", analysis.QuoteStarting("Buy my own fish").Speaker);
    }
}
