namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// Fits a <see cref="SpeakerModel"/> by full-batch gradient descent on the weighted log loss of the right answer (the
/// annotated speaker's candidates, or "no speaker") with an L2 penalty: no randomness and a fixed number of steps, so
/// the same examples in the same order give the same model.
/// </summary>
public static class SpeakerModelTrainer
{
    public static SpeakerModel Train(IReadOnlyList<SpeakerQuoteExample> examples, int steps = 3000, double learningRate = 0.5, double l2 = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var count = SpeakerModel.FeatureNames.Count;
        var weights = new double[count];
        var bias = 0.0;
        var totalWeight = examples.Sum(e => e.Weight);
        if (totalWeight <= 0)
        {
            return new SpeakerModel(weights, bias);
        }

        var gradient = new double[count];
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            var model = new SpeakerModel(weights, bias);
            foreach (var example in examples)
            {
                biasGradient += AddGradient(model, example, gradient);
            }

            for (var i = 0; i < count; i++)
            {
                weights[i] -= learningRate * ((gradient[i] / totalWeight) + (l2 * weights[i]));
            }

            bias -= learningRate * biasGradient / totalWeight;
        }

        return new SpeakerModel(weights, bias);
    }

    /// <summary>
    /// Adds one quote's gradient of -log P(right answer) to <paramref name="gradient"/>; returns the bias's share.
    /// Each candidate's part is its probability minus its share of the right answer's probability.
    /// </summary>
    private static double AddGradient(SpeakerModel model, SpeakerQuoteExample example, double[] gradient)
    {
        var probabilities = model.Probabilities(example.Candidates);
        var rightMass = example.Right.Any(r => r) ? probabilities.Where((_, i) => example.Right[i]).Sum() : 1 - probabilities.Sum();
        var biasGradient = 0.0;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var target = example.Right[c] ? probabilities[c] / Math.Max(rightMass, 1e-12) : 0;
            var error = (probabilities[c] - target) * example.Weight;
            biasGradient += error;
            var features = example.Candidates[c];
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] += error * features[i];
            }
        }

        return biasGradient;
    }
}
