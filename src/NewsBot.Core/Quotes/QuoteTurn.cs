namespace NewsBot.Core.Quotes;

/// <summary>
/// A quote no cue attributes continues someone's turn: the previous quote's speaker in the same paragraph or across a
/// paragraph break, or the speaker last quoted when the paragraph before names them again. Kept apart from the cues
/// because it reads the attributions already made, not the words around the quote.
/// </summary>
internal static class QuoteTurn
{
    public static Attribution? Find(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] result, int index, string? language)
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
                : Continued(previousSpeaker, Languages.ColonLeadCarry.ContinuesInParagraph(text, previous.Outer.End, segment.OpenMark, previousSpeaker, language)
                    || Languages.ColonLeadSeries.Continues(text, segments, result, index, language)
                    ? AttributionSource.ColonCarriedTurn
                    : AttributionSource.SameParagraphTurn);
        }

        var opensParagraph = segment.OpenMark == paragraphs[segment.Paragraph].Start;
        var previousEndsParagraph = previous.Paragraph == segment.Paragraph - 1 && EndsItsParagraph(text, paragraphs[previous.Paragraph], previous);
        // A turn carried into a new paragraph stops where that paragraph turns to someone else (`“…” Eklund disagrees.`).
        var ownParagraph = paragraphs[segment.Paragraph];
        return opensParagraph && previousEndsParagraph && !TwoVoiceParagraph.Before(segments, result, index - 1) && !names.SomeoneElseNamed(segment.Outer.End, ownParagraph.End, previousSpeaker.Speaker, language)
            ? Continued(previousSpeaker, Languages.ColonLeadCarry.Holds(text, previous, previousSpeaker, language) ? AttributionSource.ColonCarriedTurn : AttributionSource.NextParagraphTurn)
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
}
