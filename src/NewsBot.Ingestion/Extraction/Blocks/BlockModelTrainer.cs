using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// Fits a <see cref="BlockModel"/> by stochastic gradient descent on the weighted log loss of the blocks' soft labels with
/// an L2 penalty, in an order shuffled by a fixed seed, averaging the weights along the way; then picks, per page type,
/// the threshold that gives the best page-averaged word F1 on the training pages. The same pages in the same order give
/// the same model.
/// </summary>
public static class BlockModelTrainer
{
    private const int Seed = 12;

    private const int Folds = 4;

    /// <summary>The penalty is applied, and the weights added to the average, once every this many steps.</summary>
    private const int AverageEvery = 100;

    /// <summary>A page type needs this many training pages to get a threshold of its own.</summary>
    private const int MinimumPagesForThreshold = 20;

    public static BlockModel Train(IReadOnlyList<BlockTrainingPage> pages, int epochs = 6, double learningRate = 0.05, double l2 = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var examples = pages.SelectMany(p => p.Examples).ToArray();
        var weights = new double[FeatureHash.Buckets];
        var sums = new double[FeatureHash.Buckets];
        var (bias, biasSum, averaged) = (0.0, 0.0, 0);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var decay = Math.Pow(1 - (learningRate * l2), AverageEvery);
        long step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                bias -= Step(weights, bias, examples[e], learningRate);
                if (++step % AverageEvery == 0)
                {
                    for (var i = 0; i < weights.Length; i++)
                    {
                        weights[i] *= decay;
                        sums[i] += weights[i];
                    }

                    biasSum += bias;
                    averaged++;
                }
            }
        }

        var count = Math.Max(1, averaged);
        var model = new BlockModel([.. sums.Select(s => s / count)], biasSum / count);
        var byType = pages.GroupBy(p => p.Type).Where(g => g.Count() >= MinimumPagesForThreshold)
            .ToDictionary(g => g.Key, g => BestThresholds(model, [.. g]));
        return model.WithThresholds(byType);
    }

    /// <summary>
    /// The page-averaged word F1, per page type, of models trained on three quarters of <paramref name="pages"/> and
    /// scored on the fourth (every fourth page, four times): what the classifier does on pages it has not seen.
    /// </summary>
    public static IReadOnlyDictionary<PageType, double> CrossValidated(IReadOnlyList<BlockTrainingPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var scored = new List<(PageType Type, double F1)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = Train([.. pages.Where((_, i) => i % Folds != fold)]);
            scored.AddRange(pages.Where((_, i) => i % Folds == fold).Select(p => (p.Type, p.CandidateF1(p.Probabilities(model), model.ThresholdsFor(p.Type)))));
        }

        return scored.GroupBy(s => s.Type).ToDictionary(g => g.Key, g => g.Average(s => s.F1));
    }

    /// <summary>Moves the weights against one example's gradient; returns the bias's change.</summary>
    private static double Step(double[] weights, double bias, BlockExample example, double learningRate)
    {
        var (indices, values) = (example.Features.Indices, example.Features.Values);
        var score = bias;
        for (var i = 0; i < indices.Length; i++)
        {
            score += weights[indices[i]] * values[i];
        }

        var error = ((1 / (1 + Math.Exp(-score))) - example.Label) * example.Weight * learningRate;
        for (var i = 0; i < indices.Length; i++)
        {
            weights[indices[i]] -= error * values[i];
        }

        return error;
    }

    /// <summary>The thresholds with the best page-averaged F1; the rules' text first, so it stays when nothing beats it.</summary>
    private static BlockThresholds BestThresholds(BlockModel model, IReadOnlyList<BlockTrainingPage> pages)
    {
        var probabilities = pages.Select(p => p.Probabilities(model)).ToList();
        var keeps = Enumerable.Range(0, 20).Select(k => k * 0.05);
        var adds = Enumerable.Range(10, 10).Select(a => a * 0.05).Append(BlockThresholds.Rules.Add);
        var grid = keeps.SelectMany(keep => adds.Select(add => new BlockThresholds(keep, add))).Prepend(BlockThresholds.Rules);
        return grid.MaxBy(t => pages.Select((p, i) => p.CandidateF1(probabilities[i], t)).Average());
    }
}
