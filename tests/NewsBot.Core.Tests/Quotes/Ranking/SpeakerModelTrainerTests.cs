using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>Training on a tiny invented set: deterministic, and it learns what tells a speaker from a bystander.</summary>
public sealed class SpeakerModelTrainerTests
{
    [Fact]
    public void Train_SameExamples_SameModelFile()
    {
        var examples = InventedQuotes();

        Assert.Equal(SpeakerModelTrainer.Train(examples, steps: 200).ToJson(), SpeakerModelTrainer.Train(examples, steps: 200).ToJson());
    }

    [Fact]
    public void Train_CueSubjectAgainstPlace_RanksTheCueSubjectFirstAndSure()
    {
        var model = SpeakerModelTrainer.Train(InventedQuotes(), steps: 500);

        var probabilities = model.Probabilities([CueSubject(), NearbyPlace()]);

        Assert.True(probabilities[0] > 0.8, $"cue subject {probabilities[0]}");
        Assert.True(probabilities[1] < 0.1, $"place {probabilities[1]}");
    }

    [Fact]
    public void Train_OnlyAPlaceNearby_NoSpeakerLikelier()
    {
        var model = SpeakerModelTrainer.Train(InventedQuotes(), steps: 500);

        var probabilities = model.Probabilities([NearbyPlace()]);

        Assert.True(probabilities[0] < 0.5, $"place alone {probabilities[0]}");
    }

    /// <summary>Twenty quotes said by the subject of a cue beside a place name, and ten with only a place nearby (no speaker).</summary>
    private static List<SpeakerQuoteExample> InventedQuotes() =>
    [
        .. Enumerable.Repeat(new SpeakerQuoteExample([CueSubject(), NearbyPlace()], [true, false]), 20),
        .. Enumerable.Repeat(new SpeakerQuoteExample([NearbyPlace()], [false]), 10),
    ];

    private static double[] CueSubject() => Features(("rule", 1), ("rule_confidence", 0.95), ("source_cue", 1), ("cue_tail", 1),
        ("entity_person", 1), ("entity_factor", 1), ("same_sentence", 1), ("same_paragraph", 1), ("mentioned_near", 1));

    private static double[] NearbyPlace() => Features(("entity_factor", 0.1), ("entity_confidence", 0.9), ("one_word", 1),
        ("same_paragraph", 1), ("mentioned_near", 1), ("mention_before", 1));

    private static double[] Features(params (string Name, double Value)[] set)
    {
        var features = new double[SpeakerModel.FeatureNames.Count];
        foreach (var (name, value) in set)
        {
            var index = SpeakerModel.FeatureNames.ToList().IndexOf(name);
            Assert.True(index >= 0, $"no feature {name}");
            features[index] = value;
        }

        return features;
    }
}
