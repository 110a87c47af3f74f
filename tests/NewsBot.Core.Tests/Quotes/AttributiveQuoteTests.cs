using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`wearing “Build It Now” badges`: a quoted name before the noun it qualifies is part of a noun phrase. Invented people.</summary>
public sealed class AttributiveQuoteTests
{
    [Fact]
    public void Extract_QuotedNameInTailApposition_TailReachesTheVerb()
    {
        var analysis = Extract(Article(
            "Bridge vote draws a crowd",
            "“We have waited long enough for this crossing,” Dorian Pell, wearing a hard hat and “Build It Now” campaign badges, said at the meeting."));

        Assert.Equal("Dorian Pell", analysis.QuoteStarting("We have waited").Speaker);
    }

    [Fact]
    public void Extract_QuotedNameBeforeNoun_IsMentionNotQuote()
    {
        var analysis = Extract(Article(
            "Bridge vote draws a crowd",
            "“We have waited long enough for this crossing,” Dorian Pell, wearing a hard hat and “Build It Now” campaign badges, said at the meeting."));

        Assert.DoesNotContain(analysis.Quotes, q => q.Text == "Build It Now");
    }

    [Theory]
    [InlineData("Supporters wore “Build It Now” campaign badges at the meeting.", true)]
    [InlineData("Supporters answered with chants of “I’m with you” until the mayor spoke.", false)]
    [InlineData("Pell posted a message reading “Thank You Harbour” moments after the vote.", false)]
    [InlineData("Pell told “Harbour Today” on Monday that the bridge would open.", false)]
    [InlineData("Supporters wore “Build It Now” badges and said, “We will keep coming.”", true)]
    public void Modifies_QuotedNameBeforeItsNoun_TrueOnlyThere(string text, bool expected)
    {
        // A sentence, a quote a verb introduces, or a name followed by a time word or preposition qualifies no noun.
        Assert.Equal(expected, AttributiveQuote.Modifies(text, new ArticleParts(text).Segments[0]));
    }
}
