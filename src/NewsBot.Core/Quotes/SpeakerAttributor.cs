using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Attributes every quoted segment: first by the cue around it, then by continuation of a turn — the other
/// segments of a quote carried across paragraphs, an earlier quote of the paragraph, or the quote that ended the
/// previous paragraph when this paragraph opens with a quote.
/// </summary>
internal static class SpeakerAttributor
{
    public static Attribution[] Attribute(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, LanguageKnowledge? language)
    {
        var cues = new CueFinder(text, paragraphs, segments, language);
        var resolver = new SpeakerResolver(text, names);
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

            if (result[i] is { Kind: CandidateKind.Pronoun, Resolution: NameResolution.AmbiguousReferent, AfterUnnamedPerson: false } && i > 0
                && (SpeakerContinues(segments[i - 1], result[i - 1], segments[i], result[i].Speaker, names)
                    || PronounReturnsToSpeaker.Holds(segments[i - 1], result[i - 1], segments[i], candidate, result[i].Speaker, names)))
            {
                result[i] = result[i] with { Resolution = NameResolution.Referent };
            }
        }

        ShareWithinCarriedQuotes(segments, result);
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

            if (language is null or { Code: "en" } && RoleBackReference.Find(text, segments[i], names, result[i]) is { } holder)
            {
                result[i] = holder;
            }

            if (result[i].FromCue || result[i].Speaker is not null)
            {
                continue;
            }

            if (Turn(text, paragraphs, segments, names, result, i, language?.Code) is { } previous)
            {
                result[i] = previous;
            }
            else if (indirect.Find(i) is { } reporter && resolver.Resolve(reporter) is { Speaker: not null } reported)
            {
                result[i] = reported with { FromCue = false, Source = AttributionSource.IndirectTurn, Cue = CueKind.Tail, Kind = reporter.Kind };
            }
        }

        TranscriptLabel.Apply(text, segments, names, result);
        ShareRoles(result);
        for (var i = 0; i < result.Length; i++)
        {
            // Cleaned first: `Texas-based Ana Holm` is checked as `Ana Holm`.
            var cleaned = SpeakerNameCleaner.Clean(result[i], language?.Code ?? "en");
            var entityFactor = SpeakerEntityCheck.Factor(cleaned, text, language is { Code: not "en" } ? language.Code : null);
            result[i] = cleaned with { EntityFactor = entityFactor, Confidence = AttributionConfidence.Of(cleaned, entityFactor) };
        }

        return result;
    }

    /// <summary>
    /// `“…,” says Fontana. There is also concern about X. “…,” he adds.`: a pronoun whose nearest fitting person is the
    /// speaker of the paragraph's previous quote, with no one else named since, continues that speaker, however many
    /// people the paragraph before named.
    /// </summary>
    private static bool SpeakerContinues(QuotedSegment previous, Attribution previousSpeaker, QuotedSegment segment, string? speaker, NameIndex names) =>
        speaker is not null && previousSpeaker is { FromCue: true, Speaker: { } said } && said == speaker
        && previous.Paragraph == segment.Paragraph
        && names.Mentions.Where(m => m.Span.Start >= previous.Outer.End && m.Span.Start < segment.OpenMark && !m.InsideQuote)
            .All(m => speaker.EndsWith(m.LastWord, StringComparison.Ordinal));

    /// <summary>Characters between the quote's marks and the speaker phrase: the nearer, the surer.</summary>
    private static int Distance(QuotedSegment segment, SpeakerCandidate candidate) =>
        candidate.Position < segment.OpenMark ? segment.OpenMark - candidate.Position : Math.Max(0, candidate.Position - segment.Outer.End);

    private static Attribution? Turn(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] result, int index, string? language)
    {
        if (index == 0)
        {
            return null;
        }

        return ContinuedTurn(text, paragraphs, segments, names, result, index, language) ?? ResumedTurn(text, paragraphs, segments, names, result, index);
    }

    /// <summary>`Peskov is upbeat.` followed by a paragraph that is only a quote: the speaker last quoted, named again just before.</summary>
    private static Attribution? ResumedTurn(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] result, int index)
    {
        var segment = segments[index];
        if (segment.Paragraph == 0 || segment.OpenMark != paragraphs[segment.Paragraph].Start)
        {
            return null;
        }

        var last = Array.FindLastIndex(result, index - 1, r => r.Speaker is not null);
        if (last < 0)
        {
            return null;
        }

        var speaker = result[last].Speaker!;
        var previous = paragraphs[segment.Paragraph - 1];
        var named = names.Mentions.Any(m => previous.Contains(m.Span.Start) && !m.InsideQuote
            && speaker.EndsWith(m.LastWord, StringComparison.Ordinal));
        return !named ? null : Continued(result[last], QuoteOnlyParagraph.Continues(text, paragraphs, segments, names, index, speaker)
            ? AttributionSource.QuoteParagraphTurn
            : AttributionSource.ResumedTurn);
    }

    private static Attribution? ContinuedTurn(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] result, int index, string? language)
    {
        var segment = segments[index];
        var previous = segments[index - 1];
        var previousSpeaker = result[index - 1];
        if (previousSpeaker.Speaker is null)
        {
            return null;
        }

        if (previous.Paragraph == segment.Paragraph)
        {
            // `“…,” said Brandt. Eklund disagreed. “…”`: someone else named in between takes the turn away.
            return names.SomeoneElseNamed(previous.Outer.End, segment.OpenMark, previousSpeaker.Speaker, language)
                || ColonLeadTurn.NamesSomeoneElse(text, names, previous.Outer.End, segment.OpenMark, previousSpeaker.Speaker, language)
                || (language is null or "en" && PronounCueTurn.StopsTurn(text, names, previous.Outer.End, segment.OpenMark, previousSpeaker.Speaker))
                ? null
                : Continued(previousSpeaker, AttributionSource.SameParagraphTurn);
        }

        var opensParagraph = segment.OpenMark == paragraphs[segment.Paragraph].Start;
        var previousEndsParagraph = previous.Paragraph == segment.Paragraph - 1 && EndsItsParagraph(text, paragraphs[previous.Paragraph], previous);
        // A turn carried into a new paragraph stops where that paragraph turns to someone else (`“…” Eklund disagrees.`).
        var ownParagraph = paragraphs[segment.Paragraph];
        return opensParagraph && previousEndsParagraph && !names.SomeoneElseNamed(segment.Outer.End, ownParagraph.End, previousSpeaker.Speaker, language)
            ? Continued(previousSpeaker, AttributionSource.NextParagraphTurn)
            : null;
    }

    /// <summary>A turn carried over keeps the weakest link: a turn continued from a continued turn is no stronger than either.</summary>
    private static Attribution Continued(Attribution turn, AttributionSource source) =>
        turn with { FromCue = false, Source = turn.Source is AttributionSource.Cue or AttributionSource.Label ? source : Weaker(turn.Source, source) };

    private static AttributionSource Weaker(AttributionSource a, AttributionSource b) => (AttributionSource)Math.Max((int)a, (int)b);

    /// <summary>The previous paragraph's last quote is the end of what that paragraph reports (`…,” she said.` included).</summary>
    private static bool EndsItsParagraph(string text, TextSpan paragraph, QuotedSegment segment)
    {
        var after = segment.Outer.End;
        var sentenceEnds = 0;
        for (var i = after; i < paragraph.End; i++)
        {
            sentenceEnds += SentenceBoundaries.IsEnd(text, i, paragraph.End) ? 1 : 0;
        }

        return sentenceEnds <= 1;
    }

    private static void ShareWithinCarriedQuotes(IReadOnlyList<QuotedSegment> segments, Attribution[] result)
    {
        var root = new int[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            root[i] = segments[i].ContinuesSegment >= 0 ? root[segments[i].ContinuesSegment] : i;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (result[i].Speaker is not null)
            {
                continue;
            }

            var source = Enumerable.Range(0, segments.Count).FirstOrDefault(j => root[j] == root[i] && result[j].Speaker is not null, -1);
            if (source >= 0)
            {
                result[i] = result[source] with { Source = result[source].Source == AttributionSource.Cue ? AttributionSource.CarriedQuote : result[source].Source };
            }
        }
    }

    private static void ShareRoles(Attribution[] result)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribution in result)
        {
            if (attribution is { Speaker: not null, Role: not null })
            {
                roles.TryAdd(attribution.Speaker, attribution.Role);
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] is { Speaker: { } speaker, Role: null } && roles.TryGetValue(speaker, out var role))
            {
                result[i] = result[i] with { Role = role };
            }
        }
    }
}
