using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>The hand-worked cases of eval_extraction.py's self-test, with 3-token shingles.</summary>
public sealed class ExtractionScoringTests
{
    [Fact]
    public void Tokens_PunctuationAndSpaces_SplitWords() =>
        Assert.Equal(["a", "b", "cd", "e", "foo", "bar"], ExtractionScoring.Tokens("a b,cd:e(foo,bar) "));

    [Fact]
    public void Tokens_UnicodeLettersAndDigits_AreWordCharacters_MarksAreNot() =>
        Assert.Equal(["Zoë", "s", "café", "42", "x_y", "क", "ष"], ExtractionScoring.Tokens("Zoë’s café—42 x_y क्ष"));

    [Fact]
    public void Shingles_FewerTokensThanSize_GiveOneShortShingle()
    {
        Assert.Empty(ExtractionScoring.Shingles("!", 4));
        Assert.Single(ExtractionScoring.Shingles("a,b c ", 5));
    }

    [Theory]
    [InlineData("a b c", "a b c", 1, 0, 0)]
    [InlineData("a b c d", "a b c", 0.5, 0, 0.5)]
    [InlineData("a b c", "a b c d", 0.5, 0.5, 0)]
    [InlineData("", "", 0, 0, 0)]
    [InlineData("a", "", 0, 0, 1)]
    [InlineData("", "a", 0, 1, 0)]
    [InlineData("a b c a b c", "a b c", 0.25, 0, 0.75)]
    [InlineData("a b c", "a b c a b c", 0.25, 0.75, 0)]
    public void ScorePage_SelfTestCases_MatchThePythonScorer(string truth, string predicted, double tp, double fp, double fn) =>
        Assert.Equal(new ShingleScore(tp, fp, fn), ExtractionScoring.ScorePage(truth, predicted, 3));

    [Fact]
    public void Aggregate_AveragesPagesThenTakesF1OfTheAverages()
    {
        var score = ExtractionScoring.Aggregate([new ShingleScore(1, 0, 0), new ShingleScore(0.5, 0, 0.5), new ShingleScore(0, 0, 1)]);

        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(2.0 / 3, score.F1, 9);
    }
}
