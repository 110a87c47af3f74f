namespace NewsBot.Evaluation;

/// <summary>The outcome of one run over an extraction corpus.</summary>
public sealed record ExtractionReport(IReadOnlyList<PageScore> Pages, int MissingPages)
{
    public CorpusScore Score { get; } = ExtractionScoring.Aggregate([.. Pages.Select(p => p.Score)]);

    /// <summary>Share of pages whose tokens equal the truth's exactly (eval_extraction.py's "accuracy").</summary>
    public double Accuracy => Pages.Count == 0 ? 0 : (double)Pages.Count(p => p.ExactTokens) / Pages.Count;

    /// <summary>The predictions in the form eval_extraction.py reads: {id: {"articleBody": text}}.</summary>
    public IReadOnlyDictionary<string, PredictedBody> Predictions() =>
        Pages.ToDictionary(p => p.Id, p => new PredictedBody(p.Predicted), StringComparer.Ordinal);
}
