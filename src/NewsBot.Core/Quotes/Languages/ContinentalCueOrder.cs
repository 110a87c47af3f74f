namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The order in which a continental quote's cues are tried: the tail after it, the lead before it, a sentence after the run of
/// quotes it opens, the sentence before it, reported speech, and the paragraph before a paragraph that is only the quote.
/// </summary>
internal sealed class ContinentalCueOrder
{
    private const int ParagraphsBack = 2;

    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _paragraphs;
    private readonly IReadOnlyList<QuotedSegment> _segments;
    private readonly ReportedSpeech _reported;
    private readonly FollowingSentenceAttribution _following;
    private readonly QuoteTailReader _tail;
    private readonly LeadCueReader _lead;
    private readonly SentenceBeforeReader _sentenceBefore;

    public ContinentalCueOrder(
        string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language, PersonNames people, RecentSpeakers recent)
    {
        _text = text;
        _paragraphs = paragraphs;
        _segments = segments;
        var subjects = new SubjectReader(text, language, people, recent);
        _reported = new ReportedSpeech(text, segments, language, subjects);
        _following = new FollowingSentenceAttribution(text, language, subjects);
        var according = new AccordingToReader(text, language, subjects);
        var dropped = new DroppedSubjectReader(text, language, subjects);
        _tail = new QuoteTailReader(text, language, subjects, according, dropped);
        var colon = new ColonIntroductionReader(text, paragraphs, segments, language, subjects, recent);
        _lead = new LeadCueReader(text, paragraphs, segments, language, subjects, according, dropped, colon);
        _sentenceBefore = new SentenceBeforeReader(text, paragraphs, segments, language, people, subjects, _following, according);
    }

    /// <summary>The source of segment <paramref name="index"/> from its own surroundings, tagged with the cue that found it.</summary>
    public SpeakerCandidate? Find(int index)
    {
        var segment = _segments[index];
        var context = QuoteContext.Of(_text, _paragraphs, _segments, index);
        var notBefore = _paragraphs[Math.Max(0, segment.Paragraph - ParagraphsBack)].Start;
        var tail = _tail.Find(segment, context.Tail, notBefore);
        if (tail.Found)
        {
            return CueTags.Tagged(tail.Candidate, CueKind.Tail);
        }

        var lead = _lead.FindWhole(index, context.Lead, notBefore);
        if (!lead.Found && FromFollowingSentence(index, notBefore) is { Found: true } following)
        {
            return CueTags.Tagged(following.Candidate, CueKind.Tail);
        }

        if (!lead.Found && IsBlank(context.Lead) && segment.OpenMark != _paragraphs[segment.Paragraph].Start)
        {
            // `Mazzucotelli wundert sich über … . „Wir wissen doch alle …“`: the quote goes on from the sentence before, about its subject.
            var before = _sentenceBefore.Find(segment, notBefore);
            return before.Found
                ? CueTags.Tagged(before.Candidate, CueKind.IntroducingParagraph)
                : CueTags.Tagged(_reported.Find(_reported.SentenceBefore(_paragraphs[segment.Paragraph], segment.OpenMark), segment.OpenMark, notBefore).Candidate, CueKind.ReportedSpeech);
        }

        if (!lead.Found && !IsBlank(context.Lead) && _reported.Find(context.Lead, segment.OpenMark, notBefore) is { Found: true } reported)
        {
            // `Das werde erst geschehen, „…“`, `Sie habe mit ihrer Zeit abgeschlossen: „…“`.
            return CueTags.Tagged(reported.Candidate, CueKind.ReportedSpeech);
        }

        if (lead.Found || context.Lead.Length > 0 || segment.OpenMark != _paragraphs[segment.Paragraph].Start || segment.Paragraph == 0)
        {
            return CueTags.Tagged(lead.Candidate, CueKind.Lead);
        }

        // A paragraph that is only the quote, after one that ends `… erklärte sie:`.
        var previous = _paragraphs[segment.Paragraph - 1];
        if (!_text.AsSpan(previous.Start, previous.Length).TrimEnd().EndsWith(":"))
        {
            // `… erschwert die Arbeit, wie Barisic schildert.` then a paragraph that is only a quote: his words.
            return CueTags.Tagged(_reported.TrailingBefore(previous, segment.OpenMark, notBefore).Candidate, CueKind.IntroducingParagraph);
        }

        var sentence = QuoteContext.SentenceStart(_text, previous, _segments, previous.End - 1);
        return CueTags.Tagged(_lead.Find(new TextSpan(sentence, previous.End), segment.OpenMark, notBefore).Candidate, CueKind.IntroducingParagraph);
    }

    /// <summary>
    /// `«…». Lo ha detto Rossi.`, after the quote or after the run of quotes it opens in its paragraph (`«…». «…». Così Rossi.`).
    /// </summary>
    private Subject FromFollowingSentence(int index, int notBefore)
    {
        var last = index;
        while (last + 1 < _segments.Count && _segments[last + 1].Paragraph == _segments[index].Paragraph && !_segments[last].IsOpenEnded
            && !_text.AsSpan(_segments[last].Outer.End, _segments[last + 1].OpenMark - _segments[last].Outer.End).ContainsAnyExcept(BetweenJoinedQuotes))
        {
            last++;
        }

        var next = last + 1 < _segments.Count && _segments[last + 1].Paragraph == _segments[index].Paragraph ? _segments[last + 1].OpenMark : _paragraphs[_segments[index].Paragraph].End;
        return _following.Find(_segments[last], next, notBefore);
    }

    private static readonly System.Buffers.SearchValues<char> BetweenJoinedQuotes = System.Buffers.SearchValues.Create(" .!?…\n");

    private bool IsBlank(TextSpan span) => _text.AsSpan(span.Start, span.Length).IsWhiteSpace();
}
