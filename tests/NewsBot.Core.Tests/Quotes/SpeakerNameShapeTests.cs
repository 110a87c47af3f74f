using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Words glued to a speaker's name that are not the name: compound modifiers, particles, sentence openers.</summary>
public sealed class SpeakerNameShapeTests
{
    [Theory]
    [InlineData("“The harbour is full,” said Texas-based strategist Mara Quill.", "Mara Quill")]
    [InlineData("“I was shocked,” said Danish-born Tomas Holm.", "Tomas Holm")]
    [InlineData("Co-anchor Lisa Brandt, who was off-screen, then asked, “Will the ferries run again?”", "Lisa Brandt")]
    public void Extract_CompoundModifierBeforeName_NameWithoutModifier(string paragraph, string speaker)
    {
        var analysis = Extract(Article("The ferry was late for the third day in a row.", paragraph));

        Assert.Equal(speaker, Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_SurnameWithArticleParticle_WholeSurname()
    {
        var analysis = Extract(Article(
            "Mireille Le Garrec leads the harbour party in Brest.",
            "“Between the two of them, I would choose the mayor,” Le Garrec said."));

        Assert.Equal("Mireille Le Garrec", analysis.QuoteStarting("Between the two").Speaker);
    }

    [Fact]
    public void Extract_CommonWordOpensSentenceBeforeComma_SubjectAfterComma()
    {
        var analysis = Extract(Article(
            "The harbour vote failed on Monday.",
            "Immediately after the vote, Orla Sand issued a statement, “We are disappointed by the result and will appeal it.”"));

        Assert.Equal("Orla Sand", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_CommonWordOpensSentenceWithoutComma_NoNameFromLaterInSentence()
    {
        // The rules alone: the ranker may still propose the body named nearby, on its own evidence.
        var analysis = new RuleBasedQuoteExtractor { SpeakerModel = null }.Extract(Article(
            "The harbour vote failed on Monday.",
            "Hundreds of fishermen marched past the Northfield Harbour Authority on Monday, chanting “Open the harbour to us now”."));

        Assert.DoesNotContain(analysis.Quotes.Concat(analysis.Mentions), q => q.Speaker is not null);
    }

    [Fact]
    public void Extract_SurnameThatIsAlsoCommonWordOpensSentence_StillSubject()
    {
        var analysis = Extract(Article(
            "Governor Tom Bush and Orla Sand met on Monday.",
            "Bush offered a retort on the harbour, telling her, “You are not just wrong, you are late.”"));

        Assert.Equal("Tom Bush", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PostWrittenLikeName_PersonIntroducedWithThatPost()
    {
        var analysis = Extract(Article(
            "Storms are coming, warns Northfield Harbour Authority (NHA) Director Ines Marlow as she urged towns to prepare.",
            "The NHA Director also urged towns to keep pumps in place “so we do not go into the next storm blind,” and to test them."));

        Assert.Equal("Ines Marlow", analysis.QuoteStarting("so we do not go").Speaker);
    }

    [Fact]
    public void Extract_PostWrittenLikeNameWithNoHolder_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Storms are coming to the coast this winter.",
            "The NHA Director also urged towns to keep pumps in place “so we do not go into the next storm blind,” and to test them."));

        Assert.Null(analysis.QuoteStarting("so we do not go").Speaker);
    }

    [Fact]
    public void Extract_FamilyNameWrittenFirst_FullName()
    {
        var analysis = Extract(Article(
            "Kang Min-jun, the harbour party leader, spoke in Busan on Monday.",
            "“The ferries must run again by spring,” Kang said."));

        Assert.Equal("Kang Min-jun", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_HyphenatedGivenNameLast_IsNoAdjective()
    {
        var analysis = Extract(Article(
            "The harbour vote failed on Monday in Busan.",
            "“The ferries must run again by spring,” said Choi Seo-yeon, the harbour party leader."));

        Assert.Equal("Choi Seo-yeon", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_MiddleInitialA_WholeNameForLaterPronoun()
    {
        var analysis = Extract(Article(
            "The harbour trial ended on Monday.",
            "Mara A. Quillfeather, Tovin’s attorney, told the Marsh Courier in a statement that her client meant no harm.",
            "“Ned Tovin cares deeply about his town and his right to speak,” she said in an email."));

        Assert.Equal("Mara A. Quillfeather", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PlaceRunIntoFamilyNameWrittenFirst_SurnameExpandsWithoutPlace()
    {
        var analysis = Extract(Article(
            "Harbour tensions rose on Monday.",
            "Norland’s envoy to Britain Liu Hanfeng has said that Norland has the “resolve and the means” to end the unrest.",
            "Liu said that the fleet could be sent, warning: “They are already in the harbour. They are there to show who holds the coast.”"));

        Assert.Equal("Liu Hanfeng", analysis.QuoteStarting("They are already").Speaker);
    }

    [Fact]
    public void Extract_SurnameEndingInEnglishDocumentWord_StillAPerson()
    {
        var analysis = Extract(Article(
            "Teachers rallied at the capitol.",
            "Harbour Teachers Union President Rona Redbill told a crowd on the lawn that the council should pay for schools.",
            "“The crisis is now, and we need action now,” Redbill said to cheers from the crowd."));

        Assert.Equal("Rona Redbill", Assert.Single(analysis.Quotes).Speaker);
    }
}
