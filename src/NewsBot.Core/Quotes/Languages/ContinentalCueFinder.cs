namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Finds a quote's source in German, French, Spanish, Italian or Portuguese text: an inverted verb after the quote
/// (`„…“, sagte der Minister.`, `«…», a déclaré Marie Dupont`, `affirme-t-elle`), a verb before it (`Weber sagte: „…“`),
/// `so`/`laut`/`selon`/`según`/`secondo`/`segundo`, a colon introduction (`Ministerin Anna Berg: „…“`), pronouns and, in
/// Spanish, Italian and Portuguese, a dropped subject (`“…”, afirmó.`). When the text names no one it can resolve, it says so.
/// </summary>
internal sealed partial class ContinentalCueFinder
{
    private const int MaxWordsAfterLeadVerb = 12;
    private const int ParagraphsBack = 2;
    private const int MaxQuotedNameLength = 40;

    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _paragraphs;
    private readonly IReadOnlyList<QuotedSegment> _segments;
    private readonly LanguageKnowledge _language;
    private readonly PersonNames _people;
    private readonly SubjectReader _subjects;
    private readonly RecentSpeakers _recent = new();
    private readonly ReportedSpeech _reported;
    private readonly FollowingSentenceAttribution _following;

    public ContinentalCueFinder(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
    {
        _text = text;
        _paragraphs = paragraphs;
        _segments = segments;
        _language = language;
        _people = new PersonNames(text, segments, language);
        _subjects = new SubjectReader(text, language, _people, _recent);
        _reported = new ReportedSpeech(text, segments, language, _subjects);
        _following = new FollowingSentenceAttribution(text, language, _subjects);
    }

    public SpeakerCandidate? Find(int index)
    {
        // A subheading that repeats words of a quote elsewhere (`« Nouvelles réformes »` over `« … de nouvelles réformes … », a
        // prévenu Pierre Moscovici`) is that quote's speaker's, and no one's when that quote has none.
        var pulled = PulledFrom(index);
        var found = QuotingVerbObject.Checked(DescribedSubjectPronoun.Checked(DescribedOfficeHolder.Checked(pulled >= 0 ? FindUnrecorded(pulled) ?? Subject.Anonymous(_segments[index].OpenMark).Candidate : FindUnrecorded(index), _segments[index].OpenMark, _text, _people, _recent, _language), _segments[index].OpenMark, _text, _people, _language), _text, _people);
        if (found is { Resolved: true } && NamesInItself(_segments[index], found))
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
        var tail = FromTail(segment, context.Tail, notBefore);
        if (tail.Found)
        {
            return Tagged(tail.Candidate, CueKind.Tail);
        }

        var lead = FromWholeLead(index, context.Lead, notBefore);
        if (!lead.Found && FromFollowingSentence(index, notBefore) is { Found: true } following)
        {
            return Tagged(following.Candidate, CueKind.Tail);
        }

        if (!lead.Found && IsBlank(context.Lead) && segment.OpenMark != _paragraphs[segment.Paragraph].Start)
        {
            // `Mazzucotelli wundert sich über … . „Wir wissen doch alle …“`: the quote goes on from the sentence before, about its subject.
            var before = FromSentenceBefore(segment, notBefore);
            return before.Found
                ? Tagged(before.Candidate, CueKind.IntroducingParagraph)
                : Tagged(_reported.Find(_reported.SentenceBefore(_paragraphs[segment.Paragraph], segment.OpenMark), segment.OpenMark, notBefore).Candidate, CueKind.ReportedSpeech);
        }

        if (!lead.Found && !IsBlank(context.Lead) && _reported.Find(context.Lead, segment.OpenMark, notBefore) is { Found: true } reported)
        {
            // `Das werde erst geschehen, „…“`, `Sie habe mit ihrer Zeit abgeschlossen: „…“`.
            return Tagged(reported.Candidate, CueKind.ReportedSpeech);
        }

        if (lead.Found || context.Lead.Length > 0 || segment.OpenMark != _paragraphs[segment.Paragraph].Start || segment.Paragraph == 0)
        {
            return Tagged(lead.Candidate, CueKind.Lead);
        }

        // A paragraph that is only the quote, after one that ends `… erklärte sie:`.
        var previous = _paragraphs[segment.Paragraph - 1];
        if (!_text.AsSpan(previous.Start, previous.Length).TrimEnd().EndsWith(":"))
        {
            // `… erschwert die Arbeit, wie Barisic schildert.` then a paragraph that is only a quote: his words.
            return Tagged(_reported.TrailingBefore(previous, segment.OpenMark, notBefore).Candidate, CueKind.IntroducingParagraph);
        }

        var sentence = QuoteContext.SentenceStart(_text, previous, _segments, previous.End - 1);
        return Tagged(FromLead(new TextSpan(sentence, previous.End), segment.OpenMark, notBefore).Candidate, CueKind.IntroducingParagraph);
    }

    private Subject FromTail(QuotedSegment segment, TextSpan span, int notBefore)
    {
        var words = WordTokenizer.Tokenize(_text, span.Start, span.End);
        if (words.Count == 0 || segment.IsOpenEnded)
        {
            return Subject.None;
        }

        var gap = _text.AsSpan(span.Start, words[0].Start - span.Start);
        var joined = gap.IndexOfAny(",—–-") >= 0;
        if (gap.IndexOfAny(".!?") >= 0 || (!joined && words[0].IsCapitalized))
        {
            return Subject.None;
        }

        var anchor = segment.OpenMark;
        if (_language.TailAccordingTo.Contains(words[0].Lower) || _language.AccordingTo.Contains(words[0].Lower))
        {
            return AsAccordingTo(Source(words, 1, anchor, notBefore), CueKind.Tail);
        }

        if ((VerbMatch.At(words, 0, _language) ?? ObjectClitic.VerbAfter(words, _language)) is { } verb)
        {
            return JointSubject.After(words, verb, _language) ? Subject.Anonymous(words[0].Start) : AfterVerb(words, verb, anchor, notBefore);
        }

        if (InsertedClauseEnd(words) is > 0 and var resume && VerbMatch.At(words, resume, _language) is { } late)
        {
            // `„…“, etwa wenn es um Details ging, sagt Jonas Weber`: a subordinate clause between the quote and its inverted verb.
            return AfterVerb(words, late, anchor, notBefore);
        }

        for (var i = 1; i < Math.Min(words.Count, 6); i++)
        {
            if (VerbMatch.At(words, i, _language) is { } later)
            {
                // `«…», Marie Dupont a déclaré.`, but not `«…», mentre Bonelli sottolinea: «…»`, which introduces the next quote.
                return _language.Conjunctions.Contains(words[0].Lower) || IntroducesNext(words, later) ? Subject.None : _subjects.Before(words, later.First, anchor, notBefore);
            }
        }

        return SpeechNounPhrases.SourceStart(words, _language) is var source and > 0 ? AsAccordingTo(Source(words, source, anchor, notBefore), CueKind.Tail) : Subject.None;
    }

    /// <summary>
    /// Where the tail goes on after a subordinate clause that opens it (`etwa wenn es um Details ging,`, `als die Polizei kam,`):
    /// the word after that clause's comma; -1 when the tail opens no such clause or it has no comma soon.
    /// </summary>
    private int InsertedClauseEnd(List<Word> words)
    {
        var opener = words.Count > 0 && _language.Subordinators.Contains(words[0].Lower) ? 0
            : words.Count > 1 && _language.Subordinators.Contains(words[1].Lower) && !HasBreakBefore(words, 1) ? 1 : -1;
        if (opener < 0)
        {
            return -1;
        }

        for (var k = opener + 2; k < Math.Min(words.Count, opener + MaxWordsAfterLeadVerb); k++)
        {
            var gap = _text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (gap.IndexOfAny(".!?:;") >= 0)
            {
                return -1;
            }

            if (gap.Contains(','))
            {
                return k;
            }
        }

        return -1;
    }

    private Subject AfterVerb(List<Word> words, VerbMatch verb, int anchor, int notBefore)
    {
        if (verb.Pronoun is { } pronoun)
        {
            return _subjects.Refer(anchor, notBefore, _language.Pronouns.GetValueOrDefault(pronoun), words[verb.First].Start);
        }

        if (verb.Last + 1 < words.Count && _language.IsPlural(words[verb.Last + 1].Lower, words[verb.Last].Lower))
        {
            // `sagten sie`: they, not she.
            return Subject.Anonymous(words[verb.Last + 1].Start);
        }

        var subject = _subjects.After(words, verb.Last + 1, anchor, notBefore);
        return subject.Found || !_language.DropsSubject ? subject : DroppedSubject(words, verb, anchor, notBefore);
    }

    /// <summary>The person a verb without its subject continues, unless the verb is plural (`agregaron`: a group spoke).</summary>
    private Subject DroppedSubject(List<Word> words, VerbMatch verb, int anchor, int notBefore) =>
        PluralVerb.Is(words, verb, _language) ? Subject.Anonymous(words[verb.First].Start) : _subjects.Refer(anchor, notBefore, PronounBeforeQuote.GenderBefore(_text, anchor, notBefore, _language), words[verb.First].Start);

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

    private bool NamesInItself(QuotedSegment segment, SpeakerCandidate speaker)
    {
        var surname = speaker.Words.Count > 0 ? speaker.Words[^1] : null;
        if (surname is null || surname.Length < 3)
        {
            return false;
        }

        var content = _text.AsSpan(segment.Content.Start, segment.Content.Length);
        for (var at = content.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = Next(content, surname, at))
        {
            var end = at + surname.Length;
            if ((at == 0 || !char.IsLetter(content[at - 1])) && (end == content.Length || !char.IsLetter(content[end])))
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> content, string word, int at)
        {
            var next = content[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>
    /// A capitalised word in the verb's clause, not the sentence's first and not inside a complement (`vía Twitter`, `en Madrid`):
    /// the clause has a subject of its own, so it drops none.
    /// </summary>
    private bool HasUnreadSubject(List<Word> words, int verb, int leadStart)
    {
        for (var i = verb; i > 0; i--)
        {
            var gap = _text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            if (gap.IndexOfAny(ClauseBreaks) >= 0)
            {
                // `El periodista ruso, cuyo periódico Novaya Gazeta …, advirtió`: only the verb's own clause tells.
                return false;
            }

            if (i < verb && words[i].IsCapitalized && !_language.Prepositions.Contains(words[i - 1].Lower) && !_language.Determiners.Contains(words[i - 1].Lower))
            {
                return true;
            }
        }

        // The lead opens right after a quoted name (`“JOH” (…) contestó`), in the same sentence. Not when it opens with a
        // conjunction (`opinó que la guerra “no terminará pronto”, aunque agregó`, `e ha aggiunto`): a new clause of the sentence's
        // subject; nor with a comma and a verb (`“No es por pesimismo”, aclara y remarca …:`): no comma parts a subject from its verb.
        var opening = _text.AsSpan(leadStart, words[0].Start - leadStart);
        var verbAfterComma = opening.Contains(',') && VerbMatch.At(words, 0, _language) is not null;
        if ((IsClauseConnective(words[0]) || verbAfterComma) && !opening.Contains('('))
        {
            return false;
        }

        // Not the first half of a quote split by its incise (`«Il governo – ha aggiunto – …»`), which ends at the incise's dash.
        return opening.IndexOfAny(".!?") < 0 && _segments.Any(s => s.Outer.End == leadStart && s.Content.Length < MaxQuotedNameLength && !EndsAtIncise(s));
    }

    private bool IsClauseConnective(Word word) =>
        !word.IsCapitalized && (_language.Conjunctions.Contains(word.Lower) || _language.And.Contains(word.Lower));

    /// <summary>
    /// A paragraph that is only a quote whose words another quote of the article holds (`„Es darf sich nicht die ganze Herde
    /// infizieren“` over the section where the baker says it): a pull quote or subheading, whose speaker the paragraph before does not
    /// tell. Returns the index of the quote it repeats, or -1.
    /// </summary>
    private int PulledFrom(int index)
    {
        var segment = _segments[index];
        var paragraph = _paragraphs[segment.Paragraph];
        var before = _text.AsSpan(paragraph.Start, segment.OpenMark - paragraph.Start);
        var after = _text.AsSpan(segment.Outer.End, paragraph.End - segment.Outer.End);
        if (!before.IsWhiteSpace() || after.Trim().Trim(".!?").Length > 0)
        {
            return -1;
        }

        var words = _text.AsSpan(segment.Content.Start, segment.Content.Length).Trim().TrimEnd(".!?,…");
        if (words.Count(' ') < 2)
        {
            return -1;
        }

        for (var other = 0; other < _segments.Count; other++)
        {
            var content = _text.AsSpan(_segments[other].Content.Start, _segments[other].Content.Length);
            if (other != index && content.Length >= words.Length && content.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return other;
            }
        }

        return -1;
    }

    private bool EndsAtIncise(QuotedSegment segment) => !segment.IsOpenEnded && _text[segment.CloseMark] is '–' or '—' or '-' or ',' or '.';

    private static readonly System.Buffers.SearchValues<char> BetweenJoinedQuotes = System.Buffers.SearchValues.Create(" .!?…\n");

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".!?;:,");

    private bool IsBlank(TextSpan span) => _text.AsSpan(span.Start, span.Length).IsWhiteSpace();

    /// <summary>`In seinen Ausführungen betonte Rektor Eichel …:`: a verb-second sentence whose subject follows the reporting verb.</summary>
    private bool OpensVerbSecond(List<Word> words, VerbMatch verb) =>
        VerbSecondLead.SubjectStart(_text, words, _language) is var at && at > verb.Last && at <= verb.Last + 2;

    private bool HasSentenceEndBefore(List<Word> words, int at) =>
        at > 0 && _text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).IndexOfAny(".!?") >= 0;

    /// <summary>`selon X`, `según X`, `laut X`, `de acordo com X`, and `Pour elle, « … »` at the start of the sentence.</summary>
    private bool HasBreakBefore(List<Word> words, int at) =>
        at > 0 && _text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).IndexOfAny(ClauseBreaks) >= 0;

    private bool IsPronoun(string lower) => _language.Pronouns.ContainsKey(lower) || _language.StressedPronouns.ContainsKey(lower);

    private bool IntroducesNext(List<Word> words, VerbMatch verb)
    {
        var after = words[verb.Last].End;
        var next = verb.Last + 1 < words.Count ? words[verb.Last + 1].Start : Math.Min(_text.Length, after + 3);
        return _text.AsSpan(after, next - after).Contains(':');
    }

    /// <summary>The verb opens its clause (`…, erzählte Tobisch damals:`, `Dann sagte der Minister:`): the subject follows it.</summary>
    private bool ClauseOpensAt(List<Word> words, int verb) =>
        verb == 0 || verb == 1 || _text.AsSpan(words[verb - 1].End, words[verb].Start - words[verb - 1].End).IndexOfAny(",;:") >= 0;
}
