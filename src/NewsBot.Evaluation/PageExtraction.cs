namespace NewsBot.Evaluation;

/// <summary>What an extractor produced for one page: its text and, when it says, which candidate won and the page type it saw.</summary>
public sealed record PageExtraction(string Text, string? Candidate = null, string? PageType = null);
