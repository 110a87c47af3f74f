namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” said Jane Roe. (¶) The engineer, Peter Lang, put the cost at … (¶) “…,” she said.`: a pronoun that names the
/// speaker of the quote before it, a paragraph or two back, with no one else of the pronoun's gender named since (the
/// speaker's own name after that quote aside), returns to
/// that speaker; a man named in between does not make `she` doubtful, unless a sentence since is about him (`Tomas Rilke
/// says …. “…,” she explains.`: the lexicon may have his gender wrong).
/// </summary>
internal static class PronounReturnsToSpeaker
{
    private const int MaxParagraphsBack = 2;

    public static bool Holds(QuotedSegment previous, Attribution previousSpeaker, QuotedSegment segment, SpeakerCandidate? candidate, string? speaker, NameIndex names)
    {
        var gender = candidate?.Words[0] switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
        // A previous speaker that was itself a doubtful referent vouches for no one (`ReelQueenBee told me …. “…,” he says.`).
        return gender != Gender.Unknown && speaker is not null && previousSpeaker is { FromCue: true, Speaker: { } said } && said == speaker
            && previousSpeaker.Resolution != NameResolution.AmbiguousReferent
            && segment.Paragraph - previous.Paragraph is > 0 and <= MaxParagraphsBack
            && names.PeopleBetween(previous.Outer.End, segment.OpenMark, gender) == (names.Named(said.Split(' ')[^1], previous.Outer.End, segment.OpenMark) ? 1 : 0)
            && !names.OtherGenderSubjectBefore(segment.OpenMark, previous.Outer.End, gender, said.Split(' ')[^1]);
    }
}
