using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Whether a quote closes its own sentence or leaves its tail open on a comma. Invented text.</summary>
public sealed class QuoteEndingTests
{
    [Fact]
    public void EndsSentence_OpenEndedQuote_False()
    {
        const string text = "“The ferry runs at dawn.";

        Assert.False(QuoteEnding.EndsSentence(text, new QuotedSegment(new TextSpan(1, text.Length), 0, -1, 0)));
    }

    [Theory]
    [InlineData("“The ferry runs at dawn.” Mira Vale said.", true)]
    [InlineData("“The ferry runs at dawn,” Mira Vale said.", false)]
    public void EndsSentence_ClosedQuote_DependsOnItsLastMark(string text, bool expected)
    {
        Assert.Equal(expected, QuoteEnding.EndsSentence(text, Closed(text)));
    }

    [Theory]
    [InlineData("“The ferry runs at dawn,” Mira Vale said.", true)]
    [InlineData("“The ferry runs at dawn.” Mira Vale said.", false)]
    public void EndsWithComma_ClosedQuote_DependsOnItsLastMark(string text, bool expected)
    {
        Assert.Equal(expected, QuoteEnding.EndsWithComma(text, Closed(text)));
    }

    private static QuotedSegment Closed(string text)
    {
        var close = text.IndexOf('”', StringComparison.Ordinal);
        return new QuotedSegment(new TextSpan(1, close), 0, close, 0);
    }
}
