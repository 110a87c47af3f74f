namespace NewsBot.Evaluation;

/// <summary>One page's score and the text the extractor produced for it.</summary>
public sealed record PageScore(string Id, ShingleScore Score, string Predicted, bool ExactTokens);
