namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Finds a quote's source in German, French, Spanish, Italian or Portuguese text: an inverted verb after the quote
/// (`„…“, sagte der Minister.`, `«…», a déclaré Marie Dupont`, `affirme-t-elle`), a verb before it (`Weber sagte: „…“`),
/// `so`/`laut`/`selon`/`según`/`secondo`/`segundo`, a colon introduction (`Ministerin Anna Berg: „…“`), pronouns and, in
/// Spanish, Italian and Portuguese, a dropped subject (`“…”, afirmó.`). When the text names no one it can resolve, it says so.
/// </summary>
internal sealed class ContinentalCueFinder
{
    private const int ParagraphsBack = 2;

    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _paragraphs;
    private readonly IReadOnlyList<QuotedSegment> _segments;
    private readonly LanguageKnowledge _language;
    private readonly PersonNames _people;
    private readonly RecentSpeakers _recent = new();
    private readonly ReportedSpeech _reported;
    private readonly FollowingSentenceAttribution _following;
    private readonly QuoteTailReader _tail;
    private readonly LeadCueReader _lead;
    private readonly SentenceBeforeReader _sentenceBefore;

    public ContinentalCueFinder(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
    {
        _text = text;
        _paragraphs = paragraphs;
        _segments = segments;
        _language = language;
        _people = new PersonNames(text, segments, language);
        var subjects = new SubjectReader(text, language, _people, _recent);
        _reported = new ReportedSpeech(text, segments, language, subjects);
        _following = new FollowingSentenceAttribution(text, language, subjects);
        var according = new AccordingToReader(text, language, subjects);
        var dropped = new DroppedSubjectReader(text, language, subjects);
        _tail = new QuoteTailReader(text, language, subjects, according, dropped);
        var colon = new ColonIntroductionReader(text, paragraphs, segments, language, subjects, _recent);
        _lead = new LeadCueReader(text, paragraphs, segments, language, subjects, according, dropped, colon);
        _sentenceBefore = new SentenceBeforeReader(text, paragraphs, segments, language, _people, subjects, _following, according);
    }

    public SpeakerCandidate? Find(int index)
    {
        // A subheading that repeats words of a quote elsewhere (`« Nouvelles réformes »` over `« … de nouvelles réformes … », a
        // prévenu Pierre Moscovici`) is that quote's speaker's, and no one's when that quote has none.
        var pulled = PullQuote.RepeatedQuote(_text, _paragraphs, _segments, index);
        var found = QuotingVerbObject.Checked(DescribedSubjectPronoun.Checked(DescribedOfficeHolder.Checked(pulled >= 0 ? FindUnrecorded(pulled) ?? Subject.Anonymous(_segments[index].OpenMark).Candidate : FindUnrecorded(index), _segments[index].OpenMark, _text, _people, _recent, _language), _segments[index].OpenMark, _text, _people, _language), _text, _people);
        if (found is { Resolved: true } && SelfNamingQuote.Names(_text, _segments[index], found))
        {
            // `“… y le tira las llaves a Loreto Aravena”, complementó.`: a speaker does not name herself in the third person, so a
            // pronoun or dropped subject resolved to someone the quote itself names is someone else's words about her.
            found = Subject.Anonymous(found.Position).Candidate;
        }

        _recent.Add(_segments[index].OpenMark, QuoteContext.Of(_text, _paragraphs, _segments, index).Tail.End, found);
        return found;
    }

    private SpeakerCandidate? FindUnrecorded(int index)
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
