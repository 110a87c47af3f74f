using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A sentence after a quote that closes its own sentence, whose reporting verb takes a noun object of its own
/// (`Marten Oakes answered questions on …`), reports something else: it does not attribute the quote. Invented people.
/// </summary>
public sealed class TailVerbObjectTests
{
    [Fact]
    public void Extract_NextSentenceVerbWithNounObject_QuoteNotGivenToItsSubject()
    {
        var analysis = Extract(Article(
            "The Quillmere forum has run a help desk for new anglers since 2019.",
            "“He is patient with beginners. A real help to all of us,” one reader wrote on the forum. “His advice never comes with a lecture.” "
            + "Until last spring, Marten Oakes answered questions on the board “Riverbank.”"));

        Assert.DoesNotContain("Oakes", analysis.QuoteStarting("His advice never comes").Speaker ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NextSentenceToldReporters_StillTheTail()
    {
        var analysis = Extract(Article(
            "The ferry will not run again before March.",
            "“The quay cannot take the weight of a loaded ferry this winter.” Harbour master Lena Holt told reporters on Monday."));

        Assert.Equal("Lena Holt", analysis.QuoteStarting("The quay cannot take").Speaker);
    }
}
