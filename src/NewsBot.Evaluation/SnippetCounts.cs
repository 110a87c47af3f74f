namespace NewsBot.Evaluation;

/// <summary>
/// A confusion matrix over must-include ("with") and must-exclude ("without") snippets, as trafilatura's evaluation
/// tallies it: a with-snippet found is a true positive, missing a false negative; a without-snippet present is a false
/// positive, absent a true negative. Scores are over the summed counts, not averaged per page.
/// </summary>
public sealed record SnippetCounts(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    public static SnippetCounts Zero { get; } = new(0, 0, 0, 0);

    public double Precision => Ratio(TruePositive, TruePositive + FalsePositive);

    public double Recall => Ratio(TruePositive, TruePositive + FalseNegative);

    public double Accuracy => Ratio(TruePositive + TrueNegative, TruePositive + FalsePositive + FalseNegative + TrueNegative);

    public double F1 => Ratio(2 * TruePositive, (2 * TruePositive) + FalsePositive + FalseNegative);

    public SnippetCounts Add(SnippetCounts other) => new(
        TruePositive + other.TruePositive, FalsePositive + other.FalsePositive,
        FalseNegative + other.FalseNegative, TrueNegative + other.TrueNegative);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
