namespace NewsBot.Evaluation;

/// <summary>One page's true positives, false positives and false negatives as shares of their sum.</summary>
public sealed record ShingleScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalsePositive == 0 ? 0.0
        : TruePositive / (TruePositive + FalsePositive);

    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalseNegative == 0 ? 0.0
        : TruePositive / (TruePositive + FalseNegative);
}
