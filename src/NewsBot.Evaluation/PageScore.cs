namespace NewsBot.Evaluation;

/// <summary>One page's score and the text the extractor produced for it.</summary>
public sealed record PageScore(string Id, ShingleScore Score, string Predicted, bool ExactTokens)
{
    /// <summary>The page type the ground truth gives (WCXB), else null.</summary>
    public string? PageType { get; init; }

    /// <summary>The WCXB word-bag F1 of this page.</summary>
    public double WordF1 { get; init; }

    /// <summary>The candidate the extractor chose, when it says.</summary>
    public string? Candidate { get; init; }

    /// <summary>The page type the extractor saw, when it says.</summary>
    public string? DetectedType { get; init; }
}
