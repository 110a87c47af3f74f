namespace NewsBot.Core.Quotes;

/// <summary>
/// A pronoun that could point at several people is settled when it simply continues the paragraph's previous cued speaker:
/// the narrower sibling of <see cref="PronounReturnsToSpeaker"/>, which also allows other people named in between.
/// </summary>
internal static class PronounContinuesSpeaker
{
    /// <summary>
    /// `“…,” says Fontana. There is also concern about X. “…,” he adds.`: a pronoun whose nearest fitting person is the
    /// speaker of the paragraph's previous quote, with no one else named since, continues that speaker, however many
    /// people the paragraph before named.
    /// </summary>
    public static bool Holds(QuotedSegment previous, Attribution previousSpeaker, QuotedSegment segment, string? speaker, NameIndex names) =>
        speaker is not null && previousSpeaker is { FromCue: true, Speaker: { } said } && said == speaker
        && previous.Paragraph == segment.Paragraph
        && names.Mentions.Where(m => m.Span.Start >= previous.Outer.End && m.Span.Start < segment.OpenMark && !m.InsideQuote)
            .All(m => speaker.EndsWith(m.LastWord, StringComparison.Ordinal));
}
