using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction.Titles;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// The shipped title model is what `eval train-titles` makes of WCXB dev's tune half: retraining on the same pages gives
/// the same weights (to the file's six decimals, give or take the last one).
/// </summary>
public sealed class TitleModelCorpusTests
{
    private const double Tolerance = 2e-6;

    [Fact]
    public void Train_TunePages_ReproducesTheShippedModel()
    {
        var folder = TestPaths.SharedDataFolder("wcxb-dev");
        if (folder is null)
        {
            Assert.Skip("../shared/data/wcxb-dev is absent (evaluation data lives outside the repository)");
        }

        var examples = TitleTrainingSet.Read(folder!, EvaluationSplit.Tune, cancellationToken: TestContext.Current.CancellationToken);

        var retrained = TitleModel.FromJson(TitleModelTrainer.Train(examples).ToJson());

        var shipped = TitleModel.Embedded;
        Assert.Equal(shipped.MinimumProbability, retrained.MinimumProbability);
        var apart = shipped.Weights.Zip(retrained.Weights, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(apart <= Tolerance, $"retrained weights differ from the shipped model by up to {apart}");
    }
}
