namespace NewsBot.Evaluation;

/// <summary>
/// One quote whose gold speaker is scored: the article it is in, the evidence for the extractor's speaker (`none` when
/// it proposed nobody), whether that speaker is right, and its confidence as the extractor gave it.
/// </summary>
internal sealed record SpeakerOutcome(string Corpus, int Article, string Evidence, bool Right, double Confidence)
{
    public bool Named => Evidence != "none";

    /// <summary>The ranker's own fill-ins keep their probability; the rules' choices take the calibration's share.</summary>
    public bool Calibrated => Named && !Evidence.StartsWith("Ranked/", StringComparison.Ordinal);
}
