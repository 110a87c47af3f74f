using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>Hand-worked cases of eval_wcxb.py's word_f1, so the C# port and the script keep agreeing.</summary>
public sealed class WordBagScoringTests
{
    [Theory]
    [InlineData("The ferry sails", "the FERRY sails", 1.0)]
    [InlineData("", "", 1.0)]
    [InlineData("words", "", 0.0)]
    [InlineData("", "words", 0.0)]
    [InlineData("pier pier pier", "pier", 0.5)]                 // P 1/3, R 1: multisets, not sets
    [InlineData("harbour, ferry", "ferry harbour council", 0.8)] // P 1, R 2/3
    [InlineData("alpha beta", "gamma delta", 0.0)]
    public void WordF1_HandWorkedPages_MatchTheBenchmarkScript(string predicted, string truth, double expected) =>
        Assert.Equal(expected, WordBagScoring.WordF1(predicted, truth), 6);

    [Fact]
    public void WordF1_AccentsAndCase_CompareLowerCasedUnicodeWords() =>
        Assert.Equal(1.0, WordBagScoring.WordF1("ÉCOLE Zoë’s", "école zoë s"), 6);
}
