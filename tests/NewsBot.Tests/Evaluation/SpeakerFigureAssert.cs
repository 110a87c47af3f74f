using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>Prints a corpus tally's speaker figures and holds them to a guard's bounds.</summary>
internal static class SpeakerFigureAssert
{
    public static void Holds(NewsTally tally, string label, double minRight, double maxWrong)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{label}: articles={tally.Articles} key_quotes={tally.KeyQuotes} key_recall={tally.KeyRecall:0.000} right={tally.RightRate:0.000} wrong={tally.WrongRate:0.000} none={tally.NoneRate:0.000}");
        Assert.True(tally.RightRate >= minRight, $"{label}: right {tally.RightRate:0.000} < {minRight}");
        Assert.True(tally.WrongRate <= maxWrong, $"{label}: wrong {tally.WrongRate:0.000} > {maxWrong}");
    }
}
