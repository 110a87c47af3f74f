using NewsBot.Core.Quotes.Calibration;

namespace NewsBot.Core.Tests.Quotes.Calibration;

/// <summary>The rules' confidence table: counts per band, kind, key and language, backed off towards coarser levels.</summary>
public sealed class RuleConfidenceTableTests
{
    private const string LeadName = "Cue/Lead/Name/FullAsWritten/far";

    private static readonly RuleConfidencePolicy Releasing = new(Bar: 0.7, Spread: 1.645, Release: 0.9);

    [Fact]
    public void FromJson_HandMadeTable_ReadsCountsStrengthAndPolicy()
    {
        const string json = """
            { "strength": 4, "policy": { "bar": 0.7, "spread": 1.645, "release": 0.95 },
              "counts": { "held": [3, 4], "held|Cue/Lead/Name": [2, 2] } }
            """;

        var table = RuleConfidenceTable.FromJson(json);

        Assert.Equal(4, table.Strength);
        Assert.Equal(new RuleConfidencePolicy(0.7, 1.645, 0.95), table.Policy);
        Assert.Equal((2, 2), table.Counts["held|Cue/Lead/Name"]);
    }

    [Fact]
    public void Precision_KeySeenOftenInItsLanguage_FollowsItsOwnRecord()
    {
        var table = Fit(Choices(LeadName, "de", right: 190, wrong: 10).Concat(Choices(LeadName, "en", right: 50, wrong: 50)));

        var (share, support) = table.Precision(new RuleChoice(LeadName, "de", Shown: false));

        Assert.InRange(share, 0.93, 0.96);
        Assert.Equal(200, support);
    }

    [Fact]
    public void Precision_KeyUnseenInLanguage_BacksOffToTheKeyInOtherLanguages()
    {
        var table = Fit(Choices(LeadName, "de", right: 95, wrong: 5).Concat(Choices("Cue/Tail/Pronoun/Referent/near", "de", right: 10, wrong: 90)));

        var (share, support) = table.Precision(new RuleChoice(LeadName, "it", Shown: false));

        Assert.InRange(share, 0.85, 0.96);
        Assert.Equal(0, support);
    }

    [Fact]
    public void Confidence_HeldChoiceWithLongRecord_RaisedToItsLowerBound()
    {
        var table = Fit(Choices(LeadName, "de", right: 300, wrong: 2));

        var confidence = table.Confidence(0.655, LeadName, "de");

        Assert.InRange(confidence, 0.95, 0.995);
    }

    [Fact]
    public void Confidence_HeldChoiceSeenTwice_StaysBelowTheBar()
    {
        var table = Fit(Choices(LeadName, "de", right: 2, wrong: 0).Concat(Choices("Cue/Tail/Pronoun/Referent/near", "de", right: 5, wrong: 5)));

        Assert.Equal(0.655, table.Confidence(0.655, LeadName, "de"));
    }

    [Fact]
    public void Confidence_ShownChoiceOrPolicyOff_HandSetStands()
    {
        var choices = Choices(LeadName, "de", right: 300, wrong: 2).ToList();
        var off = RuleConfidenceTable.Fit(choices, strength: 5, RuleConfidencePolicy.Off(0.7));

        Assert.Equal(0.91, Fit(choices).Confidence(0.91, LeadName, "de"));
        Assert.Equal(0.655, off.Confidence(0.655, LeadName, "de"));
        Assert.False(off.Policy.Overrules);
    }

    [Fact]
    public void ToJson_ReadBack_WritesTheSameText()
    {
        var json = Fit(Choices(LeadName, "fr", right: 3, wrong: 1)).ToJson();

        Assert.Equal(json, RuleConfidenceTable.FromJson(json).ToJson());
        Assert.Equal(RuleConfidenceTable.Embedded.ToJson(), RuleConfidenceTable.FromJson(RuleConfidenceTable.Embedded.ToJson()).ToJson());
    }

    private static RuleConfidenceTable Fit(IEnumerable<RuleChoice> choices) => RuleConfidenceTable.Fit(choices, strength: 5, Releasing);

    private static IEnumerable<RuleChoice> Choices(string evidence, string language, int right, int wrong) =>
        Enumerable.Repeat(new RuleChoice(evidence, language, Shown: false, Right: true), right)
            .Concat(Enumerable.Repeat(new RuleChoice(evidence, language, Shown: false, Right: false), wrong));
}
