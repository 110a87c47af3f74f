using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Attributes every quoted segment: first by the cue around it, then by continuation of a turn — the other
/// segments of a quote carried across paragraphs, an earlier quote of the paragraph, or the quote that ended the
/// previous paragraph when this paragraph opens with a quote. Each rule is its own type; this one keeps the order they
/// run in, since each reads what the ones before it decided.
/// </summary>
internal static class SpeakerAttributor
{
    public static Attribution[] Attribute(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, LanguageKnowledge? language)
    {
        var cues = new CueFinder(text, paragraphs, segments, language);
        var resolver = new SpeakerResolver(text, names, language?.Code);
        var result = new Attribution[segments.Count];
        var descriptions = new SpeakerCandidate?[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var candidate = cues.Find(i);
            descriptions[i] = candidate is { Kind: CandidateKind.Description } ? candidate : null;
            result[i] = candidate is not null
                ? resolver.Resolve(candidate) with { Source = AttributionSource.Cue, Cue = candidate.Cue, Kind = candidate.Kind, CueDistance = Distance(segments[i], candidate) }
                : Attribution.None;
            if (candidate is not null && DescribedPreviousSpeaker.ForRoleNoun(text, segments, result, i, candidate, names) is { } described)
            {
                result[i] = described with { Source = AttributionSource.Cue, Cue = candidate.Cue, Kind = candidate.Kind, CueDistance = Distance(segments[i], candidate) };
            }

            if (language is { Code: "de" } && candidate is not null && result[i].Speaker is { } named && GermanColonLeadSubject.Holds(text, segments[i], candidate, named, names))
            {
                result[i] = result[i] with { LeadSentenceSubject = true };
            }

            if (result[i] is { Kind: CandidateKind.Pronoun, Resolution: NameResolution.AmbiguousReferent, AfterUnnamedPerson: false } && i > 0
                && (PronounContinuesSpeaker.Holds(segments[i - 1], result[i - 1], segments[i], result[i].Speaker, names)
                    || PronounReturnsToSpeaker.Holds(segments[i - 1], result[i - 1], segments[i], candidate, result[i].Speaker, names)))
            {
                result[i] = result[i] with { Resolution = NameResolution.Referent };
            }
        }

        CarriedQuoteSpeakers.Share(segments, result);
        var indirect = new IndirectSpeechTurn(text, paragraphs, segments);
        for (var i = 0; i < segments.Count; i++)
        {
            if (result[i] is { FromCue: true, Speaker: null } && descriptions[i] is { } description && language is null or { Code: "en" }
                && DescribedPreviousSpeaker.ForPersonNoun(text, segments, names, result, i, description) is { } followed)
            {
                result[i] = followed with { CueDistance = Distance(segments[i], description) };
            }

            if (result[i].Speaker is null && language is null or { Code: "en" }
                && (AgeDescribedSpeaker.Find(text, paragraphs, segments[i], names) ?? CommonWordSurname.Find(text, segments[i])) is { } described)
            {
                result[i] = described;
            }

            if (language is null or { Code: "en" } && AgeEpithetSpeaker.Resolve(text, paragraphs, segments[i], names, result[i]) is { } epithetHolder)
            {
                result[i] = epithetHolder;
            }

            if (language is null or { Code: "en" } && RoleBackReference.Find(text, segments[i], names, result[i]) is { } holder)
            {
                result[i] = holder;
            }

            if (language is null or { Code: "en" } && EpithetBackReference.Resolve(text, segments[i], names, result[i]) is { } epithetTied)
            {
                result[i] = epithetTied;
            }

            if (result[i].FromCue || result[i].Speaker is not null)
            {
                continue;
            }

            if (language is null or { Code: "en" } && NamedInNextParagraph.Find(text, paragraphs, segments[i], names) is { } signed)
            {
                result[i] = signed;
            }
            else if (QuoteTurn.Find(text, paragraphs, segments, names, result, i, language?.Code) is { } previous)
            {
                result[i] = previous;
            }
            else if (indirect.Find(i) is { } reporter && resolver.Resolve(reporter) is { Speaker: not null } reported)
            {
                result[i] = reported with { FromCue = false, Source = AttributionSource.IndirectTurn, Cue = CueKind.Tail, Kind = reporter.Kind };
            }
        }

        TranscriptLabel.Apply(text, segments, names, result);
        SharedRoles.Apply(result);
        for (var i = 0; i < result.Length; i++)
        {
            // Cleaned first: `Texas-based Ana Holm` is checked as `Ana Holm`.
            var cleaned = SpeakerNameCleaner.Clean(result[i], language?.Code ?? "en");
            var entityFactor = SpeakerEntityCheck.Factor(cleaned, text, language is { Code: not "en" } ? language.Code : null);
            result[i] = VouchedSurnameEvidence.Mark(cleaned with { EntityFactor = entityFactor, Confidence = AttributionConfidence.Of(cleaned, entityFactor) }, text, language?.Code);
        }

        return result;
    }

    /// <summary>Characters between the quote's marks and the speaker phrase: the nearer, the surer.</summary>
    private static int Distance(QuotedSegment segment, SpeakerCandidate candidate) =>
        candidate.Position < segment.OpenMark ? segment.OpenMark - candidate.Position : Math.Max(0, candidate.Position - segment.Outer.End);
}
