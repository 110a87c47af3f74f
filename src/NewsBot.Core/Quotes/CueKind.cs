namespace NewsBot.Core.Quotes;

/// <summary>Where the cue that names a quote's speaker stands; a cue far from the quote is weaker evidence.</summary>
internal enum CueKind
{
    None,
    Tail,
    Lead,
    AccordingTo,
    AttributionLine,
    IntroducingParagraph,

    /// <summary>Reported speech beside the quote (German Konjunktiv I: `Die Lage sei ernst. „…“`) goes on in the reported person's voice.</summary>
    ReportedSpeech,
}
