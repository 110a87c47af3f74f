namespace NewsBot.Evaluation;

/// <summary>What a scorer needs of one returned quote: its text, its speaker and whether a digest would show it.</summary>
public sealed record PredictedQuote(string Text, string? Speaker, bool IsKey)
{
    /// <summary>What the attribution rested on (`Cue/Tail/Name/Expanded/near 0.98`), shown beside a mistake for tuning.</summary>
    public string? Evidence { get; init; }
}
