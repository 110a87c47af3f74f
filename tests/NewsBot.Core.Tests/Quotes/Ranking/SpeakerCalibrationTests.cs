using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>The calibration table: shares right per evidence level, shrunk towards coarser groups, and the agreement factor.</summary>
public sealed class SpeakerCalibrationTests
{
    private const string TailAgreed = "Cue/Tail/Name/Expanded/near+RNE";
    private const string TailDisputed = "Cue/Tail/Name/Expanded/near+xnE";

    [Fact]
    public void Confidence_EvidenceSeenOften_FollowsItsOwnRecord()
    {
        var table = SpeakerCalibration.Fit(Outcomes(TailAgreed, right: 190, wrong: 10));

        Assert.InRange(table.Confidence(TailAgreed), 0.94, 0.96);
    }

    [Fact]
    public void Confidence_EvidenceSeenOnce_BorrowsItsGroupsShare()
    {
        var outcomes = Outcomes("Cue/Lead/Name/Bare/near+RNE", right: 60, wrong: 40).Concat(Outcomes("Cue/Lead/Name/Bare/far+RNE", right: 1, wrong: 0));

        var confidence = SpeakerCalibration.Fit(outcomes).Confidence("Cue/Lead/Name/Bare/far+RNE");

        Assert.InRange(confidence, 0.6, 0.75);
    }

    [Fact]
    public void AgreementFactor_OpinionsDisagreeOftenWrong_BelowOne()
    {
        var table = SpeakerCalibration.Fit(Outcomes(TailAgreed, right: 190, wrong: 10).Concat(Outcomes(TailDisputed, right: 10, wrong: 10)));

        Assert.InRange(table.AgreementFactor(TailDisputed), 0.5, 0.7);
        Assert.Equal(1.0, table.AgreementFactor(TailAgreed));
    }

    [Fact]
    public void AgreementFactor_EmptyTableOrNoOpinions_One()
    {
        var empty = new SpeakerCalibration(new Dictionary<string, (int Right, int Named)>(), strength: 5);
        var table = SpeakerCalibration.Fit(Outcomes(TailDisputed, right: 1, wrong: 9));

        Assert.Equal(1.0, empty.AgreementFactor(TailDisputed));
        Assert.Equal(1.0, table.AgreementFactor("Cue/Tail/Name/Expanded/near"));
    }

    [Fact]
    public void ToJson_ReadBack_WritesTheSameText()
    {
        var json = SpeakerCalibration.Embedded.ToJson();

        Assert.Equal(json, SpeakerCalibration.FromJson(json).ToJson());
        Assert.NotEmpty(SpeakerCalibration.Embedded.Counts);
    }

    private static IEnumerable<(string Evidence, bool Right)> Outcomes(string evidence, int right, int wrong) =>
        Enumerable.Repeat((evidence, true), right).Concat(Enumerable.Repeat((evidence, false), wrong));
}
