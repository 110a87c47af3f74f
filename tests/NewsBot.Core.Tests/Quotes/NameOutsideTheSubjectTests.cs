using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Wrong names read on PolNeAR train (invented text here): a name inside an apposition, an opening subordinate clause or
/// a colon lead's place of speech is not the one speaking.
/// </summary>
public sealed class NameOutsideTheSubjectTests
{
    [Fact]
    public void Extract_NameInsideReflexiveApposition_TheNameBeforeItSpeaks()
    {
        var analysis = Extract(Article(
            "Tomas Berg lost the harbour vote on Sunday.",
            "Lena Holt, herself a Berg supporter during the campaign, drew boos upon saying, “The harbour heard the passion of the people.”"));

        Assert.Equal("Lena Holt", analysis.QuoteStarting("The harbour heard").Speaker);
    }

    [Fact]
    public void Extract_NameInsideAppositionsRelativeClause_TheNameBeforeItSpeaks()
    {
        var analysis = Extract(Article(
            "Tomas Berg lost the harbour vote on Sunday.",
            "Ivo Marsh, a retired pilot who voted for Tomas Berg twice, drew cheers upon saying, “Nobody here will forget the ferry strike.”"));

        Assert.Equal("Ivo Marsh", analysis.QuoteStarting("Nobody here will").Speaker);
    }

    [Fact]
    public void Extract_NameInOpeningAlthoughClauseBeforeDescribedSubject_RulesDoNotNameIt()
    {
        // The rules alone: the speaker ranker may still propose a name where the rules found none (left open).
        var analysis = new RuleBasedQuoteExtractor { SpeakerModel = null }.Extract(Article(
            "Tomas Berg's team met the harbour board on Monday.",
            "Although there is no such overlap with Berg's team, a council official who spoke anonymously said Wednesday, “Certainly there are discussions between the council and the harbour board.”"));

        Assert.DoesNotContain("Berg", analysis.QuoteStarting("Certainly there are").Speaker ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ColonLeadNamingOnlyTheChannel_ChannelIsNoSpeaker()
    {
        var analysis = Extract(Article(
            "The ferry plan split the island council for a year.",
            "Then, later that month on Radio Norden: “I have never said we made a mistake with the ferry plan.”"));

        Assert.NotEqual("Radio Norden", analysis.QuoteStarting("I have never said").Speaker);
    }

    [Fact]
    public void Extract_HeadlineNameOnTopic_StillTheFirstName()
    {
        var analysis = Extract(Article(
            "Ada Lind on Radio Norden: “We will keep the ferry running all winter long.”"));

        Assert.Equal("Ada Lind", analysis.QuoteStarting("We will keep").Speaker);
    }

    [Fact]
    public void Extract_NameGenitiveBeforeNounThatReadsAsVerb_NotTheSubject()
    {
        var analysis = Extract(Article(
            "Marta Lindqvist, the harbour chair, said the vote would come next week.",
            "Tomas Berg shrugged off Lindqvist's comments, telling reporters, “Nobody on our team has ever asked for her support.”"));

        Assert.Equal("Tomas Berg", analysis.QuoteStarting("Nobody on our team").Speaker);
    }
}
