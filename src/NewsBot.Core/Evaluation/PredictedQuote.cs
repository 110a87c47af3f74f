namespace NewsBot.Core.Evaluation;

/// <summary>What a scorer needs of one returned quote: its text, its speaker and whether a digest would show it.</summary>
public sealed record PredictedQuote(string Text, string? Speaker, bool IsKey);
