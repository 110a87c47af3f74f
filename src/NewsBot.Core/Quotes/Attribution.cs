namespace NewsBot.Core.Quotes;

/// <summary>Who said a quote. <see cref="FromCue"/> tells the text attributed it on the spot rather than by continuation.</summary>
internal sealed record Attribution(string? Speaker, string? Role, bool FromCue)
{
    public static Attribution None { get; } = new(null, null, false);

    /// <summary>Named by a transcript label (`WALLACE: …`), which outranks every other cue.</summary>
    public bool Labelled { get; init; }

    public AttributionSource Source { get; init; }

    public CueKind Cue { get; init; }

    public CandidateKind Kind { get; init; }

    public NameResolution Resolution { get; init; }

    /// <summary>Characters between the quote and the phrase its cue named.</summary>
    public int CueDistance { get; init; }

    /// <summary>How likely the speaker is right, 0 to 1; below the extractor's threshold the quote stays unattributed.</summary>
    public double Confidence { get; init; }

    /// <summary>The evidence in one short key (`Cue/Tail/Name/Expanded`), for calibration and diagnostics.</summary>
    public string Evidence => Speaker is null ? "none" : $"{Source}/{Cue}/{Kind}/{Resolution}/{(CueDistance < 40 ? "near" : CueDistance < 120 ? "mid" : "far")}";
}
