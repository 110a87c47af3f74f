namespace NewsBot.Core.Quotes.Languages;

/// <summary>The cue that found a candidate tells how far to trust it (see <see cref="AttributionConfidence"/>).</summary>
internal static class CueTags
{
    public static SpeakerCandidate? Tagged(SpeakerCandidate? candidate, CueKind cue) =>
        candidate is null || candidate.Cue != CueKind.None ? candidate : candidate with { Cue = cue };

    /// <summary>`selon Marie Dupont`; `pour elle` is a pronoun next to the quote, as trustworthy as `elle affirme`, so it keeps <paramref name="side"/>'s cue.</summary>
    public static Subject AsAccordingTo(Subject subject, CueKind side) =>
        subject with { Candidate = Tagged(subject.Candidate, subject.Candidate is { Kind: CandidateKind.Pronoun } ? side : CueKind.AccordingTo) };
}
