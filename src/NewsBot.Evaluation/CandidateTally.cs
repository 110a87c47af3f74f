namespace NewsBot.Evaluation;

/// <summary>How often each extraction candidate won over a run, most frequent first.</summary>
public static class CandidateTally
{
    public static IReadOnlyList<(string Candidate, int Pages)> Of(IEnumerable<string?> winners) =>
        [.. winners.Where(w => w is not null)
            .GroupBy(w => w!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(c => c.Item2)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
}
