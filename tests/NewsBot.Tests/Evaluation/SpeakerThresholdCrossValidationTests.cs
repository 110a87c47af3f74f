using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>The threshold rule behind <c>eval speakers --folds</c>: the lowest threshold within the wrong bound in every corpus.</summary>
public sealed class SpeakerThresholdCrossValidationTests
{
    [Fact]
    public void Choose_OneCorpusOverBoundAtLowThreshold_LowestThresholdMeetingEveryCorpus()
    {
        // Three thresholds; the news corpus is within 3% wrong from the first, PolNeAR only from the second.
        var articles = new[]
        {
            new ThresholdCounts("news", [90, 88, 50], [2, 1, 0], [100, 100, 100]),
            new ThresholdCounts("polnear", [90, 85, 50], [10, 3, 0], [100, 100, 100]),
        };

        Assert.Equal(1, SpeakerThresholdCrossValidation.Choose(articles, 3));
    }

    [Fact]
    public void Choose_NoThresholdWithinBound_FewestWrong()
    {
        var articles = new[] { new ThresholdCounts("news", [90, 80, 70], [20, 10, 15], [100, 100, 100]) };

        Assert.Equal(1, SpeakerThresholdCrossValidation.Choose(articles, 3));
    }

    [Fact]
    public void Run_TwoFolds_ReportsHeldOutFiguresPerCorpus()
    {
        var articles = Enumerable.Range(0, 4).Select(_ => new ThresholdCounts("news", [9, 8], [1, 0], [10, 10])).ToList();

        var lines = SpeakerThresholdCrossValidation.Run(articles, [0.5, 0.9], folds: 2).ToList();

        Assert.Contains("fold 0: threshold 0.90", lines);
        Assert.Contains("held out\tnews\tright 0.800\twrong 0.000\tnone 0.200\t(40)", lines);
    }
}
