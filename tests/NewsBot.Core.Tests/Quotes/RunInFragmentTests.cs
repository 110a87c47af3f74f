namespace NewsBot.Core.Tests.Quotes;

/// <summary>A short lower-case quote that finishes the writer's own clause is a fragment, not a statement to show (issue 11).</summary>
public sealed class RunInFragmentTests
{
    [Fact]
    public void Extract_PredicateFinishingTheWritersClause_IsAMention()
    {
        var analysis = QuoteTestKit.Extract(QuoteTestKit.Article(
            "Mayor Lena Holt of Brenvale said on Monday that the council's new budget would “drain every reserve we have.” The vote on the budget is set for Tuesday evening.",
            "“We have warned about this for two years, and nobody on the council wanted to listen to us,” Holt said."));

        analysis.MentionStarting("drain every reserve");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("drain", StringComparison.Ordinal));
        Assert.Contains("Holt", analysis.QuoteStarting("We have warned").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_InfinitiveRunningIntoTheQuote_IsAMention()
    {
        var analysis = QuoteTestKit.Extract(
            "Tomas Berg, who runs the Brenvale ferry, promised to “be a loud voice for the valley” if he wins the seat in the spring election.");

        analysis.MentionStarting("be a loud voice");
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Extract_SecondPhraseJoinedToAFragmentByOr_IsAMentionToo()
    {
        var analysis = QuoteTestKit.Extract(
            "Tomas Berg says the new council won't “raise the ferry fares for every family” or “close the Brenvale clinic on Sundays.” The vote is in May.");

        analysis.MentionStarting("raise the ferry fares");
        analysis.MentionStarting("close the Brenvale clinic");
        Assert.Empty(analysis.Quotes);
    }

    [Theory]
    [InlineData("Holt said that “the reserves will all be gone by the spring.”")]
    [InlineData("Holt warned “the reserves will all be gone by the spring.”")]
    [InlineData("Holt told the crowd at the Brenvale ferry dock “we will not wait for the council,” and left the stage.")]
    [InlineData("Holt said the council had spent the money, “and the reserves will all be gone by the spring.”")]
    [InlineData("If the spending goes on unchecked “the reserves will be gone by spring.”")]
    public void Extract_LowerCaseQuoteAfterACueOrWithItsOwnSubject_StaysAQuote(string sentence)
    {
        var analysis = QuoteTestKit.Extract(sentence);

        Assert.Single(analysis.Quotes);
    }

    [Fact]
    public void Extract_LongRunInQuote_StaysAQuote()
    {
        var analysis = QuoteTestKit.Extract(
            "Holt said the plan would “drain every reserve we have and leave the town without a single ferry, a single clinic or a single school by the time winter comes.”");

        analysis.QuoteStarting("drain every reserve");
    }
}
