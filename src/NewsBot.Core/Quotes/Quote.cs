namespace NewsBot.Core.Quotes;

/// <summary>
/// A direct quotation: <see cref="Text"/> is exactly <c>source[Start..End]</c> of the article text
/// (UTF-16 offsets), the characters between the quotation marks.
/// </summary>
public sealed record Quote(string Text, int Start, int End)
{
    public string? Speaker { get; init; }
    public string? SpeakerRole { get; init; }
    public bool IsKey { get; init; }
    public double Score { get; init; }

    /// <summary>How likely <see cref="Speaker"/> is right (0 to 1); the extractor leaves the speaker null below its threshold.</summary>
    public double SpeakerConfidence { get; init; }

    /// <summary>What to show a reader: split halves joined, dangling punctuation trimmed; <see cref="Text"/> stays verbatim.</summary>
    public string DisplayText { get => field ?? Text; init; }

    /// <summary>Why the speaker was chosen (`Cue/Tail/Name/Expanded`), shown even when it fell below the threshold; for calibration.</summary>
    public string? SpeakerEvidence { get; init; }
}
