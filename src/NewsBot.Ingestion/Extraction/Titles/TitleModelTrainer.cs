namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>
/// Fits a <see cref="TitleModel"/> by full-batch gradient descent on the log loss of the right candidates' share with an
/// L2 penalty (like the speaker ranker's trainer): no randomness and a fixed number of steps, so the same pages in the
/// same order give the same model. Pages with no right candidate teach nothing and are left out. The minimum probability
/// is the one under which falling back to the rules' title is right most often on the same pages.
/// </summary>
public static class TitleModelTrainer
{
    public const double DefaultL2 = 1e-3;

    private static readonly double[] Thresholds = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

    public static TitleModel Train(IReadOnlyList<TitleExample> examples, int steps = 2000, double learningRate = 0.5, double l2 = DefaultL2)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var count = TitleFeatures.Names.Count;
        var weights = new double[count];
        var taught = examples.Where(e => e.Right.Contains(true)).ToList();
        if (taught.Count == 0)
        {
            return new TitleModel(weights, 0);
        }

        var gradient = new double[count];
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(gradient);
            var model = new TitleModel(weights, 0);
            foreach (var example in taught)
            {
                AddGradient(model, example, gradient);
            }

            for (var i = 0; i < count; i++)
            {
                weights[i] -= learningRate * ((gradient[i] / taught.Count) + (l2 * weights[i]));
            }
        }

        var trained = new TitleModel(weights, 0);
        var best = Thresholds.MaxBy(t => RightChoices(trained.WithMinimumProbability(t), examples));
        return trained.WithMinimumProbability(best);
    }

    /// <summary>
    /// How many pages models trained on the other folds (pages by index modulo <paramref name="folds"/>) title right: the
    /// tune pages' estimate of unseen pages, to compare feature sets and penalties without the held-out pages.
    /// </summary>
    public static int CrossValidatedRightChoices(IReadOnlyList<TitleExample> examples, int folds, double l2 = DefaultL2)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var right = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var model = Train([.. examples.Where((_, i) => i % folds != fold)], l2: l2);
            right += RightChoices(model, [.. examples.Where((_, i) => i % folds == fold)]);
        }

        return right;
    }

    /// <summary>How many pages the model with its fallback titles right.</summary>
    public static int RightChoices(TitleModel model, IReadOnlyList<TitleExample> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        return examples.Count(e => Choose(model, e) is var chosen && chosen >= 0 && e.Right[chosen]);
    }

    /// <summary>The index the chooser takes: the most probable candidate, or the rules' when it is not sure enough (-1: none).</summary>
    public static int Choose(TitleModel model, TitleExample example)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(example);
        var probabilities = model.Probabilities(example.Candidates);
        var best = probabilities.Length == 0 ? -1 : Array.IndexOf(probabilities, probabilities.Max());
        return best >= 0 && probabilities[best] < model.MinimumProbability ? example.IsRule.ToList().IndexOf(true) : best;
    }

    private static void AddGradient(TitleModel model, TitleExample example, double[] gradient)
    {
        var probabilities = model.Probabilities(example.Candidates);
        var rightMass = probabilities.Where((_, i) => example.Right[i]).Sum();
        for (var c = 0; c < probabilities.Length; c++)
        {
            var target = example.Right[c] ? probabilities[c] / Math.Max(rightMass, 1e-12) : 0;
            var error = probabilities[c] - target;
            var features = example.Candidates[c];
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] += error * features[i];
            }
        }
    }
}
