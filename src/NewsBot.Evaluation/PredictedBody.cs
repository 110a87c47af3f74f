namespace NewsBot.Evaluation;

/// <summary>One page of a predictions file; serialised as {"articleBody": …}.</summary>
public sealed record PredictedBody(string ArticleBody);
