namespace NewsBot.Evaluation;

/// <summary>The outcome of one run over a snippet corpus (trafilatura's evaldata.json).</summary>
public sealed record SnippetReport(IReadOnlyList<SnippetPage> Pages, int MissingPages)
{
    public SnippetCounts Counts { get; } = Pages.Aggregate(SnippetCounts.Zero, (sum, page) => sum.Add(page.Counts));

    /// <summary>Pages that miss a must-include snippet or show a must-exclude one.</summary>
    public IReadOnlyList<(string Candidate, int Pages)> CandidateWins() => CandidateTally.Of(Pages.Select(p => p.Candidate));

    public int ImperfectPages => Pages.Count(p => p.Counts.FalseNegative + p.Counts.FalsePositive > 0);
}
