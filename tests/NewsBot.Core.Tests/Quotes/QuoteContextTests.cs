using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The stretches of a quote's own sentence before and after it, and where a sentence holding quotes starts. Invented text.</summary>
public sealed class QuoteContextTests
{
    [Fact]
    public void Of_QuoteInsideSentences_LeadAndTailStopAtTheSentenceEnds()
    {
        const string text = "The port reopened. Mira Vale said: “The ferry runs at dawn,” smiling. Nobody replied.";
        var article = new ArticleParts(text);

        var context = article.Context(0);

        Assert.Equal("Mira Vale said:", Slice(text, context.Lead).Trim());
        Assert.Equal("smiling.", Slice(text, context.Tail).Trim());
    }

    [Fact]
    public void Of_OpenEndedQuote_HasNoTail()
    {
        var article = new ArticleParts("Mira Vale said: “The ferry runs at dawn.");

        Assert.Equal(0, article.Context(0).Tail.Length);
    }

    [Fact]
    public void Of_SecondQuoteOfTheSentence_LeadStartsAfterTheFirstQuote()
    {
        const string text = "“The ferry runs at dawn,” Mira Vale said, “and at dusk.”";
        var article = new ArticleParts(text);

        var context = article.Context(1);

        Assert.Equal("Mira Vale said,", Slice(text, context.Lead).Trim());
    }

    [Fact]
    public void SentenceStart_SentenceEndInsideAQuote_StepsOverIt()
    {
        const string text = "Mira Vale called it “a fine day. Truly.” and left.";
        var article = new ArticleParts(text);

        var start = QuoteContext.SentenceStart(text, article.Paragraphs[0], article.Segments, text.IndexOf("left", StringComparison.Ordinal));

        Assert.Equal(0, start);
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
