namespace NewsBot.Evaluation;

/// <summary>The outcome of one run over an extraction corpus.</summary>
public sealed record ExtractionReport(IReadOnlyList<PageScore> Pages, int MissingPages)
{
    public CorpusScore Score { get; } = ExtractionScoring.Aggregate([.. Pages.Select(p => p.Score)]);

    /// <summary>Share of pages whose tokens equal the truth's exactly (eval_extraction.py's "accuracy").</summary>
    public double Accuracy => Pages.Count == 0 ? 0 : (double)Pages.Count(p => p.ExactTokens) / Pages.Count;

    /// <summary>True when the ground truth gives page types (WCXB): the word-bag figures are then the benchmark's own.</summary>
    public bool HasPageTypes => Pages.Any(p => p.PageType is not null);

    /// <summary>Mean word-bag F1 over pages (eval_wcxb.py's "word-F1").</summary>
    public double WordF1 => Pages.Count == 0 ? 0 : Pages.Average(p => p.WordF1);

    public int PagesBelowHalf => Pages.Count(p => p.WordF1 < WordBagScoring.FailedPageF1);

    /// <summary>Mean word-bag F1 and page count per page type, by type name.</summary>
    public IReadOnlyList<(string Type, double WordF1, int Pages)> WordF1ByType() =>
        [.. Pages.GroupBy(p => p.PageType ?? "unknown")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Average(p => p.WordF1), g.Count()))];

    /// <summary>How often each candidate won, most frequent first.</summary>
    public IReadOnlyList<(string Candidate, int Pages)> CandidateWins() => CandidateTally.Of(Pages.Select(p => p.Candidate));

    /// <summary>The predictions in the form eval_extraction.py reads: {id: {"articleBody": text}}.</summary>
    public IReadOnlyDictionary<string, PredictedBody> Predictions() =>
        Pages.ToDictionary(p => p.Id, p => new PredictedBody(p.Predicted, p.DetectedType), StringComparer.Ordinal);
}
