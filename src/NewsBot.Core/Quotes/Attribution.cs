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

    /// <summary>A pronoun whose nearest fitting person is someone unnamed (`A woman at the camp …`): no later turn makes it sure.</summary>
    public bool AfterUnnamedPerson { get; init; }

    /// <summary>A German colon lead whose whole sentence, from the name to the colon, is the speaker's (`GermanColonLeadSubject`).</summary>
    public bool LeadSentenceSubject { get; init; }

    /// <summary>Characters between the quote and the phrase its cue named.</summary>
    public int CueDistance { get; init; }

    /// <summary>How likely the speaker is right, 0 to 1; below the extractor's threshold the quote stays unattributed.</summary>
    public double Confidence { get; init; }

    /// <summary>How the entity check weighed the name (1: a person or organisation; lower: maybe a place, a title, a word).</summary>
    public double EntityFactor { get; init; } = 1;

    /// <summary>Whether the other opinions on the quote (the ranker, the nearest name) name the same speaker; empty when not asked.</summary>
    public string Agreement { get; init; } = string.Empty;

    /// <summary>The evidence in one short key (`Cue/Tail/Name/Expanded/near+RN`), for calibration and diagnostics.</summary>
    public string Evidence => Speaker is null ? "none" : $"{Source}/{Cue}/{Kind}/{Resolution}/{(CueDistance < 40 ? "near" : CueDistance < 120 ? "mid" : "far")}{(Agreement.Length > 0 ? "+" + Agreement : string.Empty)}";
}
