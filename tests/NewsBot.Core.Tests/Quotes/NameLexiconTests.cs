using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Words that open a sentence are not the start of a name, so the person after them stays a referent.</summary>
public sealed class NameLexiconTests
{
    [Theory]
    [InlineData("Once")]
    [InlineData("Unless")]
    [InlineData("Whenever")]
    public void Extract_SubordinatorBeforeWomanInHerParagraph_PronounIsThatWomanNotEarlierSpeaker(string subordinator)
    {
        var analysis = Extract(Article(
            "When Doris Pellham joined the Varnby observatory in 1958, Oskar Lindeman had just bought its first computer, and he taught himself to use it. "
            + "“He adored that machine,” Pellham said.",
            "Two years later, Pellham moved on, and Greta Sandvik took her place at the observatory.",
            $"{subordinator} Sandvik reached the machine room, Lindeman gave her a manual and a stack of problems. “He kept everything in his head,” she said."));

        Assert.Equal("Greta Sandvik", analysis.QuoteStarting("He kept everything").Speaker);
        Assert.Equal("Doris Pellham", analysis.QuoteStarting("He adored").Speaker);
    }
}
