using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Confident wrong names read on unseen pages outside the news set, each as a class with invented text: a quoted nickname
/// as the full name, a headline label, the writer's `I`, an opening word glued to a name, a description naming no one and a
/// document that speaks for the body in capitals that issued it.
/// </summary>
public sealed class SpeakerNameEvidenceTests
{
    [Fact]
    public void Extract_QuotedNicknameWithTheSurname_TheNameTheArticleGives()
    {
        var analysis = Extract(Article(
            "Maren Holt spent her childhood in Brenford. Magazines there had given her the unkind nickname of “Fanged Holt.”",
            "“I approach my whole life differently now that I am a mother,” Holt told the Courier."));

        Assert.Equal("Maren Holt", analysis.QuoteStarting("I approach").Speaker);
    }

    [Theory]
    [InlineData("WATCH: Mayor says the harbour “needs to reopen before the summer season starts”")]
    [InlineData("VIDEO: Mayor says the harbour “needs to reopen before the summer season starts”")]
    public void Extract_HeadlineLabelInCapitals_NoSpeaker(string headline)
    {
        var analysis = Extract(Article("The harbour of Brenford has been closed since the storm in March.", headline));

        // The run-in phrase is a mention (RunInFragment); the label is still no speaker.
        Assert.Null(Assert.Single(analysis.Quotes.Concat(analysis.Mentions)).Speaker);
    }

    [Fact]
    public void Extract_WritersOwnIAfterAnOpeningWord_NoSpeaker()
    {
        var analysis = Extract(Article(
            "The review tool at Brenford Software flags a dozen problems a day.",
            "Sometimes I’ll ask a colleague to review the code and say, “please address these issues before we ship.”"));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_IndefiniteDescriptionAfterAs_NoSpeaker()
    {
        var analysis = Extract(Article(
            "The debate in Brenford has moved away from wages and rents.",
            "As one commentator has argued, “Without the bedrock of class politics, the debate has lost its way entirely.”"));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_ReportOfABodyInCapitals_TheBody()
    {
        var analysis = Extract(Article(
            "The Brenford economy grew by two per cent last year.",
            "“Growth will slow as the harbour stays closed into the summer,” the BHA report said."));

        Assert.Equal("BHA", Assert.Single(analysis.Quotes).Speaker);
    }
}
