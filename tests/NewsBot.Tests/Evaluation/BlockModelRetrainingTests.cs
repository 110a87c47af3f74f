using NewsBot.Evaluation;
using NewsBot.Ingestion.Extraction.Blocks;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// `eval train-blocks ../shared/data/wcxb-dev` reproduces the committed block model: retraining on WCXB's tune half gives
/// the shipped weights and thresholds (to the four decimals the file keeps).
/// </summary>
public sealed class BlockModelRetrainingTests
{
    private const double Tolerance = 1e-3;

    [Fact]
    public void Train_WcxbTuneHalf_ReproducesTheCommittedModel()
    {
        var folder = TestPaths.SharedDataFolder("wcxb-dev");
        if (folder is null)
        {
            Assert.Skip("../shared/data/wcxb-dev is absent (evaluation data lives outside the repository)");
            return;
        }

        var pages = BlockTrainingSet.Read(folder, EvaluationSplit.Tune, TestContext.Current.CancellationToken);

        var model = BlockModelTrainer.Train(pages);

        var shipped = BlockModel.Embedded;
        Assert.Equal(shipped.Bias, model.Bias, Tolerance);
        Assert.All(shipped.Weights.Zip(model.Weights), pair => Assert.Equal(pair.First, pair.Second, Tolerance));
        Assert.Equal(shipped.Thresholds.Keys.Order(), model.Thresholds.Keys.Order());
        Assert.All(shipped.Thresholds, pair =>
        {
            Assert.Equal(pair.Value.Keep, model.Thresholds[pair.Key].Keep, Tolerance);
            Assert.Equal(pair.Value.Add, model.Thresholds[pair.Key].Add, Tolerance);
        });
    }
}
