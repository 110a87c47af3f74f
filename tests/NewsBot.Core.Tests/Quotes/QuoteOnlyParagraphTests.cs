using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A paragraph that is only a quote, after a paragraph about the speaker last quoted: that speaker, unless someone else leads or the quote names them.</summary>
public sealed class QuoteOnlyParagraphTests
{
    private const string Opening = "“The harbour is the heart of this town,” said Rhea Lund, the mayor.";

    [Fact]
    public void Extract_QuoteParagraphAfterParagraphOpeningWithLastSpeaker_ThatSpeaker()
    {
        var quote = SecondQuote("Lund is upbeat about the summer, in part because she sees the harbour as the town’s future.",
            "“Not only will the harbour reopen in spring, it will be the busiest in the county.”");

        Assert.Equal("Rhea Lund", quote.Speaker);
    }

    [Fact]
    public void Extract_PreviousParagraphOpensWithSomeoneElse_NoSpeaker()
    {
        var quote = SecondQuote("At Dahl’s request, the council wrote to Lund about the harbour.",
            "“Not only will the harbour reopen in spring, it will be the busiest in the county.”");

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Extract_QuoteNamesTheSpeakerAsThirdPerson_NoSpeaker()
    {
        var quote = SecondQuote("Lund is upbeat about the summer, in part because she sees the harbour as the town’s future.",
            "“Not only will the harbour reopen in spring, Lund will see it become the busiest in the county.”");

        Assert.Null(quote.Speaker);
    }

    private static Quote SecondQuote(string between, string quoteParagraph) =>
        Extract(Article("Harbour to reopen", Opening, between, quoteParagraph)).QuoteStarting("Not only");
}
