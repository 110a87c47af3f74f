using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” Hale said.`: a lone capitalised word as the subject of the reporting verb right after the quote is read as a person
/// when the lexicon knows it only as a small place (the town lists hold many surnames); a major place (`Washington said`) may
/// speak for its government, and a name further away may be what the sentence is about.
/// </summary>
internal static class TailSurname
{
    /// <summary>The nearest distance that no longer counts as right after the quote (as `mid` in the confidence).</summary>
    private const int NearDistance = 60;

    public static bool Reads(Attribution attribution, string[] words) =>
        attribution is { Kind: CandidateKind.Name, Cue: CueKind.Tail, Source: AttributionSource.Cue, Resolution: NameResolution.Bare }
        && attribution.CueDistance < NearDistance && words.Length == 1 && !EntityLexicon.Shared.IsMajorPlace(words[0]);
}
