namespace NewsBot.Evaluation;

/// <summary>A field whose extracted value did not match the expectation.</summary>
public sealed record MetadataMiss(string Page, string Field, string Expected, string? Actual);
