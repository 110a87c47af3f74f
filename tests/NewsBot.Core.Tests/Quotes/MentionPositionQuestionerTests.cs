using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Asked by Ana Holm of Fairhaven whether …, the CFO said …`: the questioner is not who the next `he said` means.</summary>
public sealed class MentionPositionQuestionerTests
{
    [Fact]
    public void Extract_PronounAfterAskedByQuestioner_NotTheQuestioner()
    {
        var analysis = Extract(Article(
            "Chief financial officer Tobias Wren said volumes had fallen by four per cent.",
            "Asked by Marcus Ellery of Dunmore Securities whether the company would cut its dividend, the CFO said the board remained committed to it.",
            "“The dividend is not on the table. Our balance sheet is strong,” he said."));

        Assert.NotEqual("Marcus Ellery", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounAfterNameThatAsked_TheAsker()
    {
        var analysis = Extract(Article(
            "At the meeting, shareholder Marcus Ellery asked the board whether the dividend was safe.",
            "“I have held these shares for thirty years and I want an answer,” he said."));

        Assert.Equal("Marcus Ellery", Assert.Single(analysis.Quotes).Speaker);
    }
}
