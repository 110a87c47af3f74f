namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>One page's title candidates (their features) and which of them read as its true title.</summary>
public sealed record TitleExample(IReadOnlyList<IReadOnlyList<double>> Candidates, IReadOnlyList<bool> Right, IReadOnlyList<bool> IsRule);
