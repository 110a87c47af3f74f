using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `A letter seen by the Gazette, sent by X, says:`: the outlet that saw a document is no speaker of it; the sender is. Invented outlets and bodies.
/// </summary>
public sealed class DocumentReaderTests
{
    [Fact]
    public void Extract_LetterSeenByOutletSentByBody_TheSender()
    {
        var analysis = Extract(Article(
            "The Kellmoor Gazette has learned that the pumping station failed twice in May.",
            "A letter seen by the Gazette, sent by Drummel Pumps Ltd to the council on 2 June, says: “We warned of the fault in writing before either failure.”"));

        Assert.Contains("Drummel", analysis.QuoteStarting("We warned of the fault").Speaker ?? string.Empty, StringComparison.Ordinal);
    }
}
