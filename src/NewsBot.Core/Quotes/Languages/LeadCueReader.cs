namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The source named in the lead before a quote: a reporting verb and its subject (`Weber sagte: „…“`, `Dann sagte der Minister:`),
/// an according-to phrase, a colon introduction, or, in Spanish, Italian and Portuguese, a dropped subject.
/// </summary>
internal sealed class LeadCueReader(
    string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language, SubjectReader subjects,
    AccordingToReader according, DroppedSubjectReader dropped, ColonIntroductionReader colon)
{
    private const int MaxWordsAfterLeadVerb = 12;
    private const int MaxQuotedNameLength = 40;

    /// <summary>The lead of segment <paramref name="index"/>, read over a title quoted inside its sentence (see <see cref="EmbeddedTitleLead"/>).</summary>
    public Subject FindWhole(int index, TextSpan lead, int notBefore) =>
        EmbeddedTitleLead.Of(text, paragraphs, segments, index, lead, language) is { } whole
            ? Find(whole.Span, segments[index].OpenMark, notBefore, whole.Words)
            : Find(lead, segments[index].OpenMark, notBefore);

    public Subject Find(TextSpan span, int anchor, int notBefore, List<Word>? read = null)
    {
        var words = read ?? WordTokenizer.Tokenize(text, span.Start, span.End);
        if (words.Count > 0 && WireDateline.EndAt(text, words[0].Start) is > 0 and var afterDateline)
        {
            // `ROMA, 12 nov (ASA) - Il ministro …`: the place the story was filed from is no one's name.
            words = words.FindAll(w => w.Start >= afterDateline);
        }

        if (words.Count == 0)
        {
            return Subject.None;
        }

        if (according.Find(words, anchor, notBefore) is { Found: true } source)
        {
            return CueTags.AsAccordingTo(source, CueKind.Lead);
        }

        if (GermanPublicationLead.Find(text, words, language) is { } publication)
        {
            return Subject.Of(publication);
        }

        for (var v = words.Count - 1; v >= 0 && words.Count - 1 - v <= MaxWordsAfterLeadVerb; v--)
        {
            var gerundMain = RomanceGerundLead.MainVerb(text, words, v, language);
            if ((gerundMain ?? VerbMatch.At(words, v, language)) is not { } verb)
            {
                continue;
            }

            if (verb.Pronoun is { } pronoun)
            {
                return subjects.Refer(anchor, notBefore, language.Pronouns.GetValueOrDefault(pronoun), words[verb.First].Start);
            }

            var opensVerbSecond = OpensVerbSecond(words, verb);
            var after = subjects.After(words, verb.Last + 1, LeadPronounAnchor.Of(language, words, verb.Last + 1, opensVerbSecond, anchor), notBefore);
            var before = VerbSecondSubjectBefore(words, verb, anchor, notBefore) ?? subjects.Before(words, verb.First, anchor, notBefore);
            var inverted = after.Found && after.Candidate is not null && (WordGaps.ClauseOpensAt(text, words, verb.First) || opensVerbSecond)
                && !NamedSubjectOpens(before, verb) && !(gerundMain is not null && NamedSubjectBefore(before));
            var subject = inverted ? after
                : before.Found && JointSubject.Before(words, verb, language) ? Subject.Anonymous(words[verb.First].Start)
                : before.Found ? before : Subject.None;
            if (subject.Found || !language.DropsSubject)
            {
                return subject;
            }

            // `“JOH” (…) contestó vía Twitter que “…”`: a subject is written, one the reader could not name, so none is dropped.
            return HasUnreadSubject(words, verb.First, span.Start) || PartitiveSubject.Opens(text, words, verb.First, language) ? Subject.Anonymous(words[verb.First].Start) : dropped.Find(words, verb, anchor, notBefore);
        }

        return text.AsSpan(span.Start, span.Length).TrimEnd().EndsWith(":") ? colon.Find(words, span, anchor, notBefore) : Subject.None;
    }

    /// <summary>
    /// `Lindner kritisierte Weber:`, `Weber antwortete Lindner:`: a name alone before the verb is its subject, so the name after
    /// the verb is who was criticised or answered, not who speaks (`Danach kritisierte Weber:` opens with no name).
    /// </summary>
    private static bool NamedSubjectOpens(Subject before, VerbMatch verb) =>
        verb.First == 1 && before is { Found: true, Candidate.Kind: CandidateKind.Name or CandidateKind.Pronoun };

    /// <summary>
    /// `El alcalde, Vicente Ruiz, defendió las obras, asegurando que «…»`: when the gerund hangs the quote off a main verb whose
    /// subject is named before it, the words after that verb are its object (`las obras`), not an inverted subject.
    /// </summary>
    private static bool NamedSubjectBefore(Subject before) => before is { Found: true, Candidate.Kind: CandidateKind.Name };

    /// <summary>`In seinen Ausführungen betonte Rektor Eichel …:`: a verb-second sentence whose subject follows the reporting verb.</summary>
    private bool OpensVerbSecond(List<Word> words, VerbMatch verb) =>
        VerbSecondLead.SubjectStart(text, words, language) is var at && at > verb.Last && at <= verb.Last + 2;

    /// <summary>
    /// `Auf eine Anfrage der Abgeordneten Greta Lindner hat die Landesregierung geantwortet:`: in a verb-second sentence that
    /// opens with a prepositional phrase, the subject of a verb at its end stands after the finite verb, so a name inside the
    /// opening phrase is not it. Null where the lead is not so built or its reporting verb is the finite verb itself.
    /// </summary>
    private Subject? VerbSecondSubjectBefore(List<Word> words, VerbMatch verb, int anchor, int notBefore) =>
        language.VerbSecondOpeners.Count > 0 && VerbSecondLead.SubjectStart(text, words, language) is >= 0 and var at && at < verb.First
            ? subjects.After(words[..Math.Min(verb.First, VerbSecondLead.SubjectEnd(words, at, language))], at, anchor, notBefore)
            : null;

    /// <summary>
    /// A capitalised word in the verb's clause, not the sentence's first and not inside a complement (`vía Twitter`, `en Madrid`):
    /// the clause has a subject of its own, so it drops none.
    /// </summary>
    private bool HasUnreadSubject(List<Word> words, int verb, int leadStart)
    {
        for (var i = verb; i > 0; i--)
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            if (gap.IndexOfAny(WordGaps.ClauseBreaks) >= 0)
            {
                // `El periodista ruso, cuyo periódico Novaya Gazeta …, advirtió`: only the verb's own clause tells.
                return false;
            }

            if (i < verb && words[i].IsCapitalized && !language.Prepositions.Contains(words[i - 1].Lower) && !language.Determiners.Contains(words[i - 1].Lower))
            {
                return true;
            }
        }

        // The lead opens right after a quoted name (`“JOH” (…) contestó`), in the same sentence. Not when it opens with a
        // conjunction (`opinó que la guerra “no terminará pronto”, aunque agregó`, `e ha aggiunto`): a new clause of the sentence's
        // subject; nor with a comma and a verb (`“No es por pesimismo”, aclara y remarca …:`): no comma parts a subject from its verb.
        var opening = text.AsSpan(leadStart, words[0].Start - leadStart);
        var verbAfterComma = opening.Contains(',') && VerbMatch.At(words, 0, language) is not null;
        if ((IsClauseConnective(words[0]) || verbAfterComma) && !opening.Contains('('))
        {
            return false;
        }

        // Not the first half of a quote split by its incise (`«Il governo – ha aggiunto – …»`), which ends at the incise's dash.
        return opening.IndexOfAny(".!?") < 0 && segments.Any(s => s.Outer.End == leadStart && s.Content.Length < MaxQuotedNameLength && !EndsAtIncise(s));
    }

    private bool IsClauseConnective(Word word) =>
        !word.IsCapitalized && (language.Conjunctions.Contains(word.Lower) || language.And.Contains(word.Lower));

    private bool EndsAtIncise(QuotedSegment segment) => !segment.IsOpenEnded && text[segment.CloseMark] is '–' or '—' or '-' or ',' or '.';
}
