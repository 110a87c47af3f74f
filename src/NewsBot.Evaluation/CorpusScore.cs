namespace NewsBot.Evaluation;

/// <summary>Precision and recall averaged over pages, and the F1 of those two averages.</summary>
public sealed record CorpusScore(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"F1 {F1:F6}  precision {Precision:F6}  recall {Recall:F6}";
}
