using NewsBot.Evaluation;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The C# port behaves like shared/tools/score_quotes.py on small hand-made cases.</summary>
public sealed class QuoteScorerTests
{
    private static GoldQuote Direct(string quote, string? speaker, bool pronoun = false) => new(quote, speaker, 0, quote.Length, "direct", pronoun);

    [Fact]
    public void Add_PredictionCoveringThirtyPercent_Matches()
    {
        var scorer = new QuoteScorer();

        scorer.Add([Direct("one two three four five six seven eight nine ten", "Lena Brandt")], [("one two three", "Brandt")]);

        Assert.Equal((1, 0, 0), (scorer.TruePositives, scorer.FalsePositives, scorer.FalseNegatives));
        Assert.Equal(1.0, scorer.SpeakerAccuracy);
    }

    [Fact]
    public void Add_PredictionBelowThirtyPercent_CountsBothWays()
    {
        var scorer = new QuoteScorer();

        scorer.Add([Direct("one two three four five six seven eight nine ten", null)], [("one two", null)]);

        Assert.Equal((0, 1, 1), (scorer.TruePositives, scorer.FalsePositives, scorer.FalseNegatives));
    }

    [Fact]
    public void Add_PredictionOverMixedSegment_CountsNeitherWay()
    {
        var scorer = new QuoteScorer();

        scorer.Add([new GoldQuote("rushed", "Okafor", 0, 6, "mixed", false)], [("rushed", null)]);

        Assert.Equal((0, 0, 0), (scorer.TruePositives, scorer.FalsePositives, scorer.FalseNegatives));
    }

    [Fact]
    public void Add_GoldMatchedOnce_SecondPredictionIsFalsePositive()
    {
        var scorer = new QuoteScorer();

        scorer.Add([Direct("the harbor walls", null)], [("the harbor walls", null), ("the harbor walls", null)]);

        Assert.Equal((1, 1, 0), (scorer.TruePositives, scorer.FalsePositives, scorer.FalseNegatives));
    }

    [Fact]
    public void Add_PronounAndDescriptionSpeakers_NotScored()
    {
        var scorer = new QuoteScorer();

        scorer.Add([Direct("alpha beta", "she", pronoun: true), Direct("gamma delta", "a friend")], [("alpha beta", null), ("gamma delta", null)]);

        Assert.Equal(0, scorer.SpeakersScored);
    }

    [Theory]
    [InlineData("the Clinton campaign", true)]
    [InlineData("WALLACE", true)]
    [InlineData("The spokesman", false)]
    [InlineData("a friend", false)]
    public void IsNamed_CapitalizedWordOtherThanDeterminer_IsName(string speaker, bool expected) =>
        Assert.Equal(expected, QuoteScorer.IsNamed(speaker));

    [Fact]
    public void Add_SpeakerSharingOnlyStopWords_IsWrong()
    {
        var scorer = new QuoteScorer();

        scorer.Add([Direct("alpha beta", "Mr. Okafor")], [("alpha beta", "Mr. Eklund")]);

        Assert.Equal((1, 0), (scorer.SpeakersScored, scorer.SpeakersCorrect));
    }

    [Fact]
    public void Add_NamedGoldSpeakers_SplitIntoRightWrongAndNone()
    {
        var scorer = new QuoteScorer();
        IReadOnlyList<GoldQuote> gold =
        [
            Direct("The ferry will run every hour", "Lena Brandt"),
            Direct("The island cannot pay for a second boat", "Tomas Okafor"),
            Direct("We will look at the timetable again", "Mayor Ada Holm"),
            Direct("It is a gamble for the whole island", "she", pronoun: true),
        ];

        scorer.Add(gold,
        [
            ("The ferry will run every hour", "Brandt"),
            ("The island cannot pay for a second boat", "Lena Brandt"),
            ("We will look at the timetable again", null),
            ("It is a gamble for the whole island", "Tomas Okafor"),
        ]);

        Assert.Equal((3, 1, 1, 1), (scorer.SpeakersScored, scorer.SpeakersCorrect, scorer.SpeakersWrong, scorer.SpeakersAbstained));
    }
}
