using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.Titles;

namespace NewsBot.Ingestion.Tests.Extraction.Titles;

/// <summary>The title model's file, its probabilities, its trainer and the chooser's fallback (invented examples).</summary>
public sealed class TitleModelTests
{
    private static double[] Only(string feature, double value = 1)
    {
        var values = new double[TitleFeatures.Names.Count];
        values[TitleFeatures.Names.ToList().IndexOf(feature)] = value;
        return values;
    }

    [Fact]
    public void Embedded_ShippedModel_NamesEveryFeature() =>
        Assert.Equal(TitleFeatures.Names.Count, TitleModel.Embedded.Weights.Count);

    [Fact]
    public void FromJson_WrittenModel_ReadsTheSameModel()
    {
        var model = new TitleModel(Only("h1", 1.5), 0.4);

        var read = TitleModel.FromJson(model.ToJson());

        Assert.Equal(model.ToJson(), read.ToJson());
        Assert.Equal(0.4, read.MinimumProbability);
    }

    [Fact]
    public void FromJson_MissingFeature_Throws() =>
        Assert.Throws<InvalidDataException>(() => TitleModel.FromJson("{\"minimum_probability\":0,\"weights\":{\"rule\":1}}"));

    [Fact]
    public void Probabilities_TwoCandidates_SumToOneAndFavourTheHigherScore()
    {
        var probabilities = new TitleModel(Only("h1", 2), 0).Probabilities([Only("h1"), Only("rule")]);

        Assert.Equal(1, probabilities.Sum(), 6);
        Assert.True(probabilities[0] > probabilities[1]);
    }

    [Fact]
    public void Train_HeadingAlwaysRight_LearnsToChooseTheHeading()
    {
        var examples = Enumerable.Range(0, 20).Select(_ => new TitleExample([Only("rule"), Only("h1")], [false, true], [true, false])).ToList();

        var model = TitleModelTrainer.Train(examples, steps: 200);

        Assert.Equal(20, TitleModelTrainer.RightChoices(model, examples));
    }

    [Fact]
    public void Train_SameExamplesTwice_SameModelFile()
    {
        var examples = Enumerable.Range(0, 10).Select(i => new TitleExample([Only("rule"), Only("og_title", i % 3)], [i % 2 == 0, i % 2 == 1], [true, false])).ToList();

        Assert.Equal(TitleModelTrainer.Train(examples, steps: 100).ToJson(), TitleModelTrainer.Train(examples, steps: 100).ToJson());
    }

    [Fact]
    public void Choose_ModelUnsure_FallsBackToTheRules()
    {
        var unsure = new TitleModel(new double[TitleFeatures.Names.Count], 0.9);

        Assert.Equal(1, TitleModelTrainer.Choose(unsure, new TitleExample([Only("h1"), Only("rule")], [true, false], [false, true])));
    }

    [Fact]
    public void Extract_ModelPrefersTheHeading_HeadlineIsTheHeading()
    {
        var extractor = new ArticleExtractor { TitleModel = new TitleModel(Only("h1", 5), 0) };

        var metadata = extractor.Extract("<html><head><title>Tide tables for Wrenfield harbour</title></head><body><h1>Tides</h1><p>High water at noon.</p></body></html>", null).Metadata;

        Assert.Equal("Tides", metadata.Headline);
        Assert.Equal("Tide tables for Wrenfield harbour", metadata.Title);
    }
}
