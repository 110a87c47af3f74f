using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `the agency said`: the latest body named with a body noun before it, not a firm, and no one when the article names no such
/// body; a bare group noun (`said researchers`) names no body. Invented bodies, firms and people.
/// </summary>
public sealed class GenericBodyHeadTests
{
    private const string Quote = "\"The bridge will open to traffic in the spring of next year,\" the agency said.";

    [Fact]
    public void Extract_AgencyAfterADepartment_TheDepartment()
    {
        var analysis = Extract(Article("Engineers from the Harwick Department of Roads reviewed the plans for the new bridge last month.", Quote));

        Assert.Equal("Harwick Department of Roads", analysis.QuoteStarting("The bridge will open").Speaker);
    }

    [Fact]
    public void Extract_AgencyAfterOnlyAFirm_NoSpeaker()
    {
        var analysis = Extract(Article("Orland Holdings won the contract for the new bridge in Harwick last month.", Quote));

        Assert.Null(analysis.QuoteStarting("The bridge will open").Speaker);
    }

    [Fact]
    public void Extract_BareGroupNounAfterOneInstitute_NoSpeaker()
    {
        var analysis = Extract(Article(
            "The Brightwater Institute studied the river for three years before the new bridge was planned.",
            "\"The water level has risen every spring since the old dam was removed,\" said researchers."));

        Assert.Null(analysis.QuoteStarting("The water level has risen").Speaker);
    }
}
