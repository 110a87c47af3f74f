using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Calibration;

namespace NewsBot.Core.Tests.Quotes.Calibration;

/// <summary>The extractor gives a held rules' choice the confidence its evidence's record earns, and nothing else.</summary>
public sealed class RuleConfidenceAdjustmentTests
{
    private const string Article = """
        Harbour plan splits Norwick council

        Anna Berg and Clara Holm met the port board on Tuesday. "We will not sell the quay to anyone," she said.

        The board will vote in June.
        """;

    [Fact]
    public void Extract_HeldChoiceWhoseEvidenceHasALongRecord_NamesTheSpeaker()
    {
        var held = Held();
        var table = RuleConfidenceTable.Fit(
            Enumerable.Repeat(new RuleChoice(held.SpeakerEvidence!, "en", Shown: false, Right: true), 400),
            strength: 5,
            new RuleConfidencePolicy(Bar: 0.7, Spread: 1.645, Release: 0.9));

        var quote = new RuleBasedQuoteExtractor { RuleConfidence = table, SpeakerModel = null }.Extract(Article).Quotes.Single();

        Assert.Equal(held.Speaker, quote.Speaker);
        Assert.True(quote.SpeakerConfidence >= 0.9);
    }

    [Fact]
    public void Extract_HeldChoiceWhoseEvidenceIsOftenWrong_StaysUnnamed()
    {
        var held = Held();
        var choices = Enumerable.Repeat(new RuleChoice(held.SpeakerEvidence!, "en", Shown: false, Right: true), 50)
            .Concat(Enumerable.Repeat(new RuleChoice(held.SpeakerEvidence!, "en", Shown: false, Right: false), 50));
        var table = RuleConfidenceTable.Fit(choices, strength: 5, new RuleConfidencePolicy(Bar: 0.7, Spread: 1.645, Release: 0.9));

        var quote = new RuleBasedQuoteExtractor { RuleConfidence = table, SpeakerModel = null }.Extract(Article).Quotes.Single();

        Assert.Null(quote.Speaker);
    }

    /// <summary>Two women before `she said`: the rules name one, held below the bar.</summary>
    private static Quote Held()
    {
        var quote = new RuleBasedQuoteExtractor { RuleConfidence = null, SpeakerModel = null, MinSpeakerConfidence = 0 }.Extract(Article).Quotes.Single();
        Assert.NotNull(quote.Speaker);
        Assert.InRange(quote.SpeakerConfidence, 0.01, 0.69);
        return quote;
    }
}
