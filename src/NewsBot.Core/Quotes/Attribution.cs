namespace NewsBot.Core.Quotes;

/// <summary>Who said a quote. <see cref="FromCue"/> tells the text attributed it on the spot rather than by continuation.</summary>
internal sealed record Attribution(string? Speaker, string? Role, bool FromCue)
{
    public static Attribution None { get; } = new(null, null, false);

    /// <summary>Named by a transcript label (`WALLACE: …`), which outranks every other cue.</summary>
    public bool Labelled { get; init; }
}
