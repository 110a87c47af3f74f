using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Which characters open and close quotations across English and continental typography.</summary>
public sealed class QuoteMarksTests
{
    [Theory]
    [InlineData("“Hafen”", nameof(MarkStyle.Curly))]
    [InlineData("„Hafen“", nameof(MarkStyle.LowNinety))]
    [InlineData("«Hafen»", nameof(MarkStyle.Guillemet))]
    [InlineData("\"Hafen\"", nameof(MarkStyle.Straight))]
    public void OpeningStyle_MarkBeforeAWord_ItsStyle(string text, string expected)
    {
        Assert.Equal(expected, QuoteMarks.OpeningStyle(text, 0, new TextSpan(0, text.Length), straightSingles: false).ToString());
    }

    [Fact]
    public void OpeningStyle_StraightMarkAfterADigit_OpensNothing()
    {
        const string text = "a 5\"wide board";

        Assert.Null(QuoteMarks.OpeningStyle(text, 3, new TextSpan(0, text.Length), straightSingles: false));
    }

    [Theory]
    [InlineData(nameof(MarkStyle.Guillemet), '»', true)]
    [InlineData(nameof(MarkStyle.Guillemet), '”', false)]
    [InlineData(nameof(MarkStyle.LowNinety), '“', true)]
    public void Closes_MarkOfTheStyle_True(string style, char mark, bool expected)
    {
        Assert.Equal(expected, QuoteMarks.Closes(Enum.Parse<MarkStyle>(style), mark));
    }

    [Theory]
    [InlineData("don’t", 3, false)]
    [InlineData("‘dawn’ came", 5, true)]
    public void ClosesSingle_ApostropheInsideAWord_False(string text, int index, bool expected)
    {
        Assert.Equal(expected, QuoteMarks.ClosesSingle(text, index, text.Length));
    }
}
