using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A one-word name ending in s (`Charles`, `Douglas`) is a person a pronoun can mean, not a plural group.</summary>
public sealed class SibilantNameReferentTests
{
    [Fact]
    public void Extract_HeAfterOneWordGivenNameEndingInS_ThatPerson()
    {
        var analysis = Extract(Article(
            "Duke urges help for the young",
            "By Sam Porter for the Courier",
            "A million students need help after the floods, the Duke of Kent has warned.",
            "Writing in the Morning Courier, Charles said there had never been a harder season for the young.",
            "The duke added that the task was vast.",
            "“For anyone, this is a hard time, but it is a particularly hard time to be young,” he said."));

        Assert.Equal("Charles", analysis.QuoteStarting("For anyone").Speaker);
    }

    [Fact]
    public void Extract_HeAfterPluralGroup_GroupIsNoReferent()
    {
        var analysis = Extract(Article(
            "Vote delayed",
            "Senator Tom Aldine spoke first. Republicans said the vote should wait until spring.",
            "“We need more time to read the bill before anyone votes,” he said."));

        Assert.Equal("Tom Aldine", analysis.QuoteStarting("We need more time").Speaker);
    }
}
