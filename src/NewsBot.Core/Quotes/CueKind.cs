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
}
