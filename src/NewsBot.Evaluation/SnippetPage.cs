namespace NewsBot.Evaluation;

/// <summary>One page of a snippet corpus: its counts and the text the extractor produced.</summary>
public sealed record SnippetPage(string Id, SnippetCounts Counts, string Predicted, string? Candidate);
