using NewsBot.Core.Quotes.Ranking;
using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>Replaying the extractor's answer on stored features: the rules' choice, else the ranker's above its threshold.</summary>
public sealed class SpeakerProposalOutcomeTests
{
    [Fact]
    public void Of_RulesChoseSurely_RulesAnswerWhateverTheRanker()
    {
        var example = Example(ruleChose: true, right: true, ("rule", 1), ("rule_confidence", 0.9));

        Assert.Equal(1, SpeakerProposalOutcome.Of(example, [0.1], 0.8));
    }

    [Fact]
    public void Of_RulesBelowTheirThreshold_NoneUnlessLowRulesAreOpenedAndTheRankerIsSure()
    {
        var example = Example(ruleChose: true, right: false, ("rule", 1), ("rule_confidence", 0.5));

        Assert.Equal(0, SpeakerProposalOutcome.Of(example, [0.9], 0.8));
        Assert.Equal(-1, SpeakerProposalOutcome.Of(example, [0.9], 0.8, new SpeakerProposalOutcome.ProposalScope(false, true)));
    }

    [Fact]
    public void Of_NoRuleChoice_RankerAnswersAtItsThresholdOnly()
    {
        var example = Example(ruleChose: false, right: true);

        Assert.Equal(1, SpeakerProposalOutcome.Of(example, [0.85], 0.8));
        Assert.Equal(0, SpeakerProposalOutcome.Of(example, [0.75], 0.8));
        Assert.Equal(0, SpeakerProposalOutcome.Of(example, null, 0.8));
    }

    [Fact]
    public void Of_CueNamesNoOne_RankerSilentUnlessOpened()
    {
        var example = Example(ruleChose: false, right: true, ("unnamed_by_cue", 1));

        Assert.Equal(0, SpeakerProposalOutcome.Of(example, [0.95], 0.8));
        Assert.Equal(1, SpeakerProposalOutcome.Of(example, [0.95], 0.8, new SpeakerProposalOutcome.ProposalScope(true, false)));
    }

    private static SpeakerFoldExample Example(bool ruleChose, bool right, params (string Name, double Value)[] set)
    {
        var features = new double[SpeakerModel.FeatureNames.Count];
        foreach (var (name, value) in set)
        {
            features[SpeakerModel.FeatureNames.ToList().IndexOf(name)] = value;
        }

        return new SpeakerFoldExample("news", 1, new SpeakerQuoteExample([features], [right]), GoldNamed: true, ruleChose, "candidate");
    }
}
