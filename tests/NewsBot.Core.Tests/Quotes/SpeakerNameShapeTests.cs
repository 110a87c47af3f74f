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
}
