using NewsBot.Core.Topics;

namespace NewsBot.Core.Tests.Topics;

public sealed class TopicQueryTests
{
    [Theory]
    [InlineData("ferry", "Harbour council approves new ferry", true)]
    [InlineData("ferry", "Ferries delayed", false)]
    [InlineData("ferr*", "Ferries delayed", true)]
    [InlineData("harbour ferry", "Harbour council approves new ferry", true)]
    [InlineData("harbour ferry", "Harbour wall repaired", false)]
    [InlineData("ferry OR train", "Train line to reopen", true)]
    [InlineData("ferry OR train", "Bridge closed", false)]
    [InlineData("skarva ferry OR boat", "Skarva boat cancelled", true)]
    [InlineData("skarva ferry OR boat", "Ferry to Tromvik cancelled", false)]
    [InlineData("\"harbour council\"", "The council of the harbour met", false)]
    [InlineData("\"harbour council\"", "Harbour Council votes", true)]
    [InlineData("ferry -cancelled", "Ferry cancelled by storm", false)]
    [InlineData("ferry -\"storm warning\"", "Ferry runs despite storm", true)]
    [InlineData("zurich", "Zürich's council", true)]
    [InlineData("", "anything at all", true)]
    [InlineData("-sport", "Cup final tonight in sport", false)]
    public void Matches_QueryAgainstText_FollowsTheGrammar(string query, string text, bool expected) =>
        Assert.Equal(expected, TopicQuery.Parse(query).Matches(text));

    [Fact]
    public void Matches_SeveralFields_SearchesThemAll() =>
        Assert.True(TopicQuery.Parse("ferry council").Matches("Ferry news", null, "The council voted"));

    [Theory]
    [InlineData("OR ferry")]
    [InlineData("ferry OR")]
    [InlineData("ferry OR OR boat")]
    [InlineData("ferry OR -boat")]
    public void TryParse_MisplacedOr_FailsWithAnExplanation(string query)
    {
        Assert.False(TopicQuery.TryParse(query, out _, out var error));
        Assert.Contains("OR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LowercaseOr_IsAnOrdinaryWord()
    {
        Assert.True(TopicQuery.TryParse("gold or silver", out var query, out _));
        Assert.Equal(3, query.Required.Count);
    }

    [Fact]
    public void TryParse_UnclosedQuote_PhraseRunsToTheEnd()
    {
        Assert.True(TopicQuery.TryParse("\"harbour council", out var query, out _));
        Assert.Equal("\"harbour council\"", query.Required[0][0].ToString());
    }
}
