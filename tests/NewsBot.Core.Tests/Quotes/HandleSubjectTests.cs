using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Forum handles (`ReelQueenBee`, `carp77`) before a pronoun in its own paragraph: `he says` may be the handle, so it is
/// not given to a man named in an earlier paragraph. Invented handles and people.
/// </summary>
public sealed class HandleSubjectTests
{
    private const string EarlierSpeaker =
        "“A box of hooks and a roll of line,” PikeMike told me over the phone. “That is what every seller uses.”";

    [Fact]
    public void Extract_CamelCaseHandleSubjectBeforeHe_NotTheEarlierParagraphsMan()
    {
        var analysis = Extract(Article(
            "Anglers on the Quillmere forum have started to test the bait they buy.",
            EarlierSpeaker,
            "It is a small scheme so far. ReelQueenBee told me that so far he had raised enough to buy five tests. “The scheme is young, but I have faith in what we are doing,” he says."));

        Assert.DoesNotContain("PikeMike", analysis.QuoteStarting("The scheme is young").Speaker ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LowerCaseHandleWithDigitsAfterADoubtfulHe_NotTheManTwoParagraphsBack()
    {
        // The `he says` between is doubtful itself, so it cannot carry the man's turn on to the next `he told me`.
        var analysis = Extract(Article(
            "Anglers on the Quillmere forum have started to test the bait they buy.",
            EarlierSpeaker,
            "It is a small scheme so far. ReelQueenBee told me that so far he had raised enough to buy five tests. “The scheme is young, but I have faith in what we are doing,” he says.",
            "But the idea spreads: carp77, another angler who tests his bait, kept the results to himself at first, but he, too, saw the use of sharing them. “It keeps the sellers honest and the fish safe,” he told me."));

        Assert.DoesNotContain("PikeMike", analysis.QuoteStarting("It keeps the sellers").Speaker ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("elmo666", true)]
    [InlineData("ScreamMyName", true)]
    [InlineData("McDonald", false)]
    [InlineData("YouTube", false)]
    [InlineData("COVID19", false)]
    public void IsHandle_Word_TellsHandles(string word, bool expected) => Assert.Equal(expected, HandleSubject.IsHandle(word));
}
