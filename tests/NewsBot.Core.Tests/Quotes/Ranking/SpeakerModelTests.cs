using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>The shipped speaker model: it loads, names every feature, and reads and writes the same file.</summary>
public sealed class SpeakerModelTests
{
    [Fact]
    public void Embedded_Loaded_HasAWeightPerFeature()
    {
        var model = SpeakerModel.Embedded;

        Assert.Equal(SpeakerModel.FeatureNames.Count, model.Weights.Count);
        Assert.Contains(model.Weights, w => w != 0);
    }

    [Fact]
    public void ToJson_ReadBack_WritesTheSameText()
    {
        var json = SpeakerModel.Embedded.ToJson();

        Assert.Equal(json, SpeakerModel.FromJson(json).ToJson());
    }

    [Fact]
    public void FromJson_TrainedWithDiscourseCandidates_KeepsTheFlag()
    {
        var json = new SpeakerModel(SpeakerModel.Embedded.Weights, 0) { DiscourseCandidates = true }.ToJson();

        Assert.True(SpeakerModel.FromJson(json).DiscourseCandidates);
        Assert.False(SpeakerModel.FromJson(json.Replace("\"discourse_candidates\": true,", string.Empty, StringComparison.Ordinal)).DiscourseCandidates);
    }

    [Fact]
    public void FromJson_FeatureMissing_ThrowsNamingIt()
    {
        var json = SpeakerModel.Embedded.ToJson().Replace("\"same_sentence\"", "\"unheard_of\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => SpeakerModel.FromJson(json));
        Assert.Contains("same_sentence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Probabilities_TwoCandidates_LeaveRoomForNoSpeaker()
    {
        var model = new SpeakerModel(SpeakerModel.FeatureNames.Select(_ => 0.0).ToList(), bias: 0);
        var zero = SpeakerModel.FeatureNames.Select(_ => 0.0).ToList();

        var probabilities = model.Probabilities([zero, zero]);

        // Equal scores: each candidate and "no speaker" a third.
        Assert.All(probabilities, p => Assert.Equal(1 / 3.0, p, 9));
    }
}
