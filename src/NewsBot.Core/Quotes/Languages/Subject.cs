namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// What a cue says about the source: <see cref="Found"/> when the text names one where the cue expects it; <see cref="Candidate"/>
/// is null when that source is nobody the article names (`ein Mitarbeiter`, `un integrante del Poder Ejecutivo`), which ends the search.
/// </summary>
internal readonly record struct Subject(bool Found, SpeakerCandidate? Candidate)
{
    public static Subject None => default;

    /// <summary>
    /// A source the text leaves unnamed. It is still a cue: as a description the attributor resolves to no one, it keeps the
    /// quote from being handed on to the previous speaker.
    /// </summary>
    public static Subject Anonymous(int position) =>
        new(true, new SpeakerCandidate(CandidateKind.Description, ["unnamed"], position, "unnamed source"));

    public static Subject Of(SpeakerCandidate? candidate) => new(true, candidate);
}
