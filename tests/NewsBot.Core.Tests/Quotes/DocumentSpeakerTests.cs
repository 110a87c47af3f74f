using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`the report said`: a document speaks for the body the article names as its author, or for no one.</summary>
public sealed class DocumentSpeakerTests
{
    [Theory]
    [InlineData("Tutoring helped less than hoped, according to a June report by the Northfield Education Lab and MDRC, a research group.",
        "Northfield Education Lab and MDRC")]
    [InlineData("The Northfield Transit Authority's annual report counted fewer riders than ever.", "Northfield Transit Authority")]
    public void Extract_ReportSaid_TheBodyNamedAsItsAuthor(string introduction, string author)
    {
        var analysis = Extract(Article(
            introduction,
            "“The hours that students received fall far short of what the programme needs,” the report said."));

        Assert.Equal(author, analysis.QuoteStarting("The hours").Speaker);
    }

    [Fact]
    public void Extract_DocumentThatSpeaksForNoNamedAuthor_SpeakerUnknown()
    {
        var analysis = Extract(Article(
            "The harbour bill reached the island council on Monday.",
            "“Every ferry must carry a second pilot from the first of May,” the bill says."));

        Assert.Null(analysis.QuoteStarting("Every ferry").Speaker);
    }

    [Fact]
    public void Extract_StatementSaidAfterSentenceNamingOnlyAPlace_PlaceIsNoSpeaker()
    {
        var analysis = Extract(Article(
            "Two deckhands were hurt when a ferry ran aground off Norway, the harbour coastguard said in a statement on Friday.",
            "“The cause of the grounding is under investigation, but early reports point to thick fog,” the statement said."));

        Assert.Null(analysis.QuoteStarting("The cause").Speaker);
    }
}
