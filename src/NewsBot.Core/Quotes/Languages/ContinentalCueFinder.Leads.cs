namespace NewsBot.Core.Quotes.Languages;

/// <summary>Speakers named before the quote: the lead sentence, a colon introduction, the sentence before, and according-to phrases.</summary>
internal sealed partial class ContinentalCueFinder
{
    /// <summary>The lead of segment <paramref name="index"/>, read over a title quoted inside its sentence (see <see cref="EmbeddedTitleLead"/>).</summary>
    private Subject FromWholeLead(int index, TextSpan lead, int notBefore) =>
        EmbeddedTitleLead.Of(_text, _paragraphs, _segments, index, lead, _language) is { } whole
            ? FromLead(whole.Span, _segments[index].OpenMark, notBefore, whole.Words)
            : FromLead(lead, _segments[index].OpenMark, notBefore);

    private Subject FromLead(TextSpan span, int anchor, int notBefore, List<Word>? read = null)
    {
        var words = read ?? WordTokenizer.Tokenize(_text, span.Start, span.End);
        if (words.Count == 0)
        {
            return Subject.None;
        }

        if (AccordingTo(words, anchor, notBefore) is { Found: true } according)
        {
            return AsAccordingTo(according, CueKind.Lead);
        }

        for (var v = words.Count - 1; v >= 0 && words.Count - 1 - v <= MaxWordsAfterLeadVerb; v--)
        {
            if (VerbMatch.At(words, v, _language) is not { } verb)
            {
                continue;
            }

            if (verb.Pronoun is { } pronoun)
            {
                return _subjects.Refer(anchor, notBefore, _language.Pronouns.GetValueOrDefault(pronoun), words[v].Start);
            }

            var opensVerbSecond = OpensVerbSecond(words, verb);
            var after = _subjects.After(words, verb.Last + 1, PronounAnchor(words, verb.Last + 1, opensVerbSecond, anchor), notBefore);
            var before = VerbSecondSubjectBefore(words, verb, anchor, notBefore) ?? _subjects.Before(words, verb.First, anchor, notBefore);
            var inverted = after.Found && after.Candidate is not null && (ClauseOpensAt(words, verb.First) || opensVerbSecond)
                && !NamedSubjectOpens(before, verb);
            var subject = inverted ? after
                : before.Found && JointSubject.Before(words, verb, _language) ? Subject.Anonymous(words[verb.First].Start)
                : before.Found ? before : Subject.None;
            if (subject.Found || !_language.DropsSubject)
            {
                return subject;
            }

            // `“JOH” (…) contestó vía Twitter que “…”`: a subject is written, one the reader could not name, so none is dropped.
            return HasUnreadSubject(words, verb.First, span.Start) ? Subject.Anonymous(words[verb.First].Start) : DroppedSubject(words, verb, anchor, notBefore);
        }

        return _text.AsSpan(span.Start, span.Length).TrimEnd().EndsWith(":") ? ColonIntroduction(words, span, anchor, notBefore) : Subject.None;
    }

    /// <summary>
    /// The subject of the sentence before the quote in its paragraph, when that sentence opens with a person (`Barisic zählt zu …`)
    /// or a pronoun (`Sie habe …`) and holds no quote of its own.
    /// </summary>
    private Subject FromSentenceBefore(QuotedSegment segment, int notBefore)
    {
        var paragraph = _paragraphs[segment.Paragraph];
        var end = segment.OpenMark;
        while (end > paragraph.Start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        if (end <= paragraph.Start || _segments.Any(s => s.Outer.End > paragraph.Start && s.Outer.End <= end && s.Outer.End >= end - 1))
        {
            return Subject.None;
        }

        var start = QuoteContext.SentenceStart(_text, paragraph, _segments, end - 1);
        if (_segments.Any(s => s.OpenMark >= start && s.OpenMark < end))
        {
            return Subject.None;
        }

        // `Sowohl Keith als auch Keuter behaupten …`: a sentence about two people does not say which one speaks.
        var words = WordTokenizer.Tokenize(_text, start, end);
        if (words.Count <= 2 || _people.CountBetween(start, end) > 1)
        {
            return Subject.None;
        }

        // `«…». Lo dice la premier, Chiara Rinaldi. «…»`: the sentence that named the last quote's source goes on naming it.
        if (_following.Read(words, segment.OpenMark, notBefore) is { Found: true } following)
        {
            return following;
        }

        // `Er sitze nun im Zug, sagt Kramer.`: the source the sentence names outright before the one it opens with.
        var trailing = new TrailingAttribution(_text, _language, _subjects).Find(words, segment.OpenMark, notBefore);
        if (trailing.Found)
        {
            return trailing;
        }

        if (GenitiveAccordingTo.Find(words, _people) is { Found: true } genitive)
        {
            return AsAccordingTo(genitive, CueKind.Lead);
        }

        // `Die Firma kommt laut Geschäftsführer Jan Rode auf 96 Prozent. „…“`: the named source of the sentence goes on speaking;
        // a person named in full only, since `laut Marktprognosen` is a bare word no one says.
        return AccordingTo(words, segment.OpenMark, notBefore) is { Found: true, Candidate: { Kind: CandidateKind.Name, Words.Count: >= 2 } } according
            ? AsAccordingTo(according, CueKind.Lead)
            : _subjects.Opening(words, segment.OpenMark, notBefore);
    }

    /// <summary>`Ministerin Anna Berg: „…“`, `Doch Weber will das Positive sehen: „…“`: the name before the colon, else the sentence's subject.</summary>
    private Subject ColonIntroduction(List<Word> words, TextSpan lead, int anchor, int notBefore)
    {
        if (GermanContinuationLead.Is(_text, words, _language) && _recent.Last(anchor, notBefore) is { } goingOn)
        {
            // `Ernster Nachsatz: „…“`, `Und weiter: „…“`: the speaker of the quote before goes on.
            return RecentSpeakers.IsUnnamed(goingOn) ? Subject.Anonymous(words[^1].Start) : Subject.Of(PronounReferent.Referring(goingOn, CandidateKind.Pronoun, words[^1].Start));
        }

        if (PossessorLead(words) is { } possessor)
        {
            // `Sein Fazit: „…“`, `Ihre Antwort: „…“`: his or her verdict is his or her words; `Sein Sprecher: „…“` is someone else's.
            return _subjects.Refer(anchor, notBefore, possessor.Gender, possessor.Position);
        }

        var sentence = _language.VerbSecondOpeners.Count == 0 ? null : SentenceWords(lead);
        if (sentence is not null && VerbSecondLead.SubjectStart(_text, sentence, _language) is >= 0 and var at)
        {
            // `Via Instagram meldete sich die Weltmeisterin zu Wort: „…“`: any verb, its subject after it.
            return _subjects.After(sentence[..VerbSecondLead.SubjectEnd(sentence, at, _language)], at, PronounAnchor(sentence, at, true, anchor), notBefore);
        }

        // `Am Ende steht die Empfehlung: „…“`: without a verb of saying, a description before the colon is what is quoted, not who.
        var subject = _subjects.Before(words, words.Count, anchor, notBefore);
        if (subject.Found && subject.Candidate is not { Kind: CandidateKind.Description })
        {
            return subject;
        }

        // `Bundesrat Ignaz Kessler stellte in seinem Gruss den Dialog in den Mittelpunkt, der … gelebt werde: «…»`: the person
        // the sentence opens with, however far the colon.
        if (sentence is { Count: >= 3 } && _subjects.Opening(sentence, anchor, notBefore) is { Found: true } opening)
        {
            return opening;
        }

        return sentence is not null && InvertedPronounLead.Find(sentence, _language) is >= 0 and var pronoun
            ? _subjects.Refer(anchor, notBefore, _language.Pronouns[sentence[pronoun].Lower], sentence[pronoun].Start)
            : Subject.None;
    }

    /// <summary>
    /// `Lindner kritisierte Weber:`, `Weber antwortete Lindner:`: a name alone before the verb is its subject, so the name after
    /// the verb is who was criticised or answered, not who speaks (`Danach kritisierte Weber:` opens with no name).
    /// </summary>
    private static bool NamedSubjectOpens(Subject before, VerbMatch verb) =>
        verb.First == 1 && before is { Found: true, Candidate.Kind: CandidateKind.Name };

    /// <summary>
    /// `In Anlehnung an den Soziologen Otto Brenner fragte er:`: a pronoun after the verb of a sentence that opens with a phrase
    /// never stands for a name inside that phrase, so it is resolved as from the sentence's start.
    /// </summary>
    private int PronounAnchor(List<Word> sentence, int at, bool opensVerbSecond, int anchor) =>
        opensVerbSecond && at < sentence.Count && _language.Pronouns.ContainsKey(sentence[at].Lower) ? Math.Min(anchor, sentence[0].Start) : anchor;

    /// <summary>The words of the whole sentence that ends with <paramref name="lead"/>, over any quotation inside it (`Via ‚Instagram‘ meldete …`).</summary>
    private List<Word> SentenceWords(TextSpan lead)
    {
        var paragraph = _paragraphs.First(p => p.Start <= lead.Start && lead.Start <= p.End);
        var start = QuoteContext.SentenceStart(_text, paragraph, _segments, Math.Max(lead.Start, lead.End - 1));
        return WordTokenizer.Tokenize(_text, Math.Min(start, lead.Start), lead.End);
    }

    /// <summary>
    /// The German possessive of a lead that is only a possessive and a noun naming no person (`Sein Fazit:`, `Ihr knapper Kommentar:`),
    /// as the gender of the pronoun it stands for (`er`, `sie`) and its position; null otherwise.
    /// </summary>
    private (Gender Gender, int Position)? PossessorLead(List<Word> words)
    {
        var start = words.Count;
        while (start > 0 && !HasSentenceEndBefore(words, start - 1))
        {
            start--;
        }

        var count = words.Count - start;
        if (!_language.CapitalisesNouns || count is < 2 or > 3 || !words[^1].IsCapitalized || CapitalisedRole.IsRoleNoun(words[^1].Text, _language.Code)
            || CapitalisedRole.IsPersonWord(words[^1].Text) || words.Skip(start + 1).SkipLast(1).Any(w => w.IsCapitalized))
        {
            return null;
        }

        var possessive = words[start].Lower;
        return !_language.Possessives.Contains(possessive) ? null
            : possessive.StartsWith("sein", StringComparison.Ordinal) ? (Gender.Male, words[start].Start)
            : possessive.StartsWith("ihr", StringComparison.Ordinal) ? (Gender.Female, words[start].Start)
            : null;
    }

    private Subject AccordingTo(List<Word> words, int anchor, int notBefore)
    {
        if (_language.OpeningAccordingTo.Contains(words[0].Lower) || ViewpointLead.Opens(words, _language))
        {
            // `Pour elle, « … »`, `Para González, “…”`; not `Per il Pd, «…»`, a body this rule cannot name.
            var opening = Source(words, 1, anchor, notBefore);
            // `Pour la toxicologue, « … »`: a description counts when it refers back to someone the reader can name.
            if (opening.Found && opening.Candidate is { Kind: CandidateKind.Name or CandidateKind.Pronoun } or { Kind: CandidateKind.Description, Resolved: true })
            {
                return opening;
            }
        }

        if (words.Count > 1 && _language.AccordingToAfter.Contains(words[^1].Lower))
        {
            // `Dem Forscher Arno Pietsch zufolge „…“`: the source stands before its postposition, from the clause's start.
            var start = words.Count - 1;
            while (start > 0 && !HasBreakBefore(words, start - 1))
            {
                start--;
            }

            return _subjects.After(words[..^1], start, anchor, notBefore);
        }

        for (var i = ClosingSoSource.After(_text, words, _language); i < words.Count - 1; i++)
        {
            if (_language.AccordingTo.Contains(words[i].Lower) || (_language.OpeningAccordingTo.Contains(words[i].Lower) && IsPronoun(words[i + 1].Lower)))
            {
                return Source(words, i + 1, anchor, notBefore);
            }

            if (WordPhrases.Matches(words, i, _language.PossessiveAccordingToPhrases) > 0)
            {
                // `A suo dire, «…»`, `À ses yeux, « … »`: the possessive is the person the text is about, as a pronoun would be.
                return _subjects.Refer(anchor, notBefore, Gender.Unknown, words[i].Start);
            }

            if (WordPhrases.Matches(words, i, _language.AccordingToPhrases) is > 0 and var length && i + length < words.Count)
            {
                return Source(words, i + length, anchor, notBefore);
            }
        }

        return Math.Max(ClosingSoSource.After(_text, words, _language), SpeechNounPhrases.SourceStart(words, _language)) is var source and > 0 ? Source(words, source, anchor, notBefore) : Subject.None;
    }

    /// <summary>The source named from <paramref name="at"/> on, after `selon`, `secondo`, `pour`: a stressed pronoun (`selon lui`) refers back.</summary>
    private Subject Source(List<Word> words, int at, int anchor, int notBefore) =>
        at < words.Count && _language.StressedPronouns.TryGetValue(words[at].Lower, out var gender)
            ? _subjects.Refer(anchor, notBefore, gender, words[at].Start)
            : _subjects.After(words, at, anchor, notBefore);

    /// <summary>The cue that found a candidate tells how far to trust it (see <see cref="AttributionConfidence"/>).</summary>
    private static SpeakerCandidate? Tagged(SpeakerCandidate? candidate, CueKind cue) =>
        candidate is null || candidate.Cue != CueKind.None ? candidate : candidate with { Cue = cue };

    /// <summary>`selon Marie Dupont`; `pour elle` is a pronoun next to the quote, as trustworthy as `elle affirme`, so it keeps <paramref name="side"/>'s cue.</summary>
    private static Subject AsAccordingTo(Subject subject, CueKind side) =>
        subject with { Candidate = Tagged(subject.Candidate, subject.Candidate is { Kind: CandidateKind.Pronoun } ? side : CueKind.AccordingTo) };
}
