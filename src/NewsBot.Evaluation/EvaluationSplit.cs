namespace NewsBot.Evaluation;

/// <summary>
/// Which pages of a corpus to score. Pages whose numeric id is divisible by 3 are held out: never tuned on,
/// only their aggregate figures are shown. Ids that are not numbers (the extraction benchmark's hashes) are tune pages.
/// </summary>
public enum EvaluationSplit
{
    All,
    Tune,
    Holdout,
}
