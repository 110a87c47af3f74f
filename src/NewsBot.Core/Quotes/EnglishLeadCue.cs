namespace NewsBot.Core.Quotes;

/// <summary>
/// The English cue before a quote (`X said: “…`, `Said X, “…`, `…, adding, “…`): the reporting verb nearest the quote and
/// its subject, or, with no verb close enough, a colon introduction.
/// </summary>
internal sealed class EnglishLeadCue(string text, SentenceSubjectFinder subjects)
{
    private const int MaxWordsBetweenVerbAndQuote = 8;
    private const int MaxWordsBetweenVerbAndColon = 16;

    private readonly EnglishColonIntro _colon = new(text, subjects);

    /// <summary>A cue before the quote; <paramref name="quoteStart"/> is where the quote it introduces begins.</summary>
    public SpeakerCandidate? Find(List<Word> lead, TextSpan paragraph, int quoteStart)
    {
        if (lead.Count == 0)
        {
            return null;
        }

        if (lead[0].Text is "Said" or "Says" or "Added" && lead.Count > 1
            && NounPhraseReader.AfterVerb(text, lead.GetRange(1, lead.Count - 1)) is { } inverted)
        {
            return inverted;
        }

        if (SentenceOpeningParticiple.Opens(text, lead, paragraph, quoteStart))
        {
            return SentenceOpeningParticiple.Speaker(text, subjects, paragraph, lead[0]);
        }

        var verb = Enumerable.Range(0, lead.Count).LastOrDefault(i => CueWords.IsVerbAt(lead, i) && !NameGenitive.Owns(text, lead, i), -1);
        if (RelativeClauseAgent.Find(text, lead, verb, quoteStart) is { } agent)
        {
            return agent;
        }

        var colon = text.AsSpan(lead[^1].End, quoteStart - lead[^1].End).Contains(':');
        if (verb < 0 || (lead.Count - 1 - verb > (colon ? MaxWordsBetweenVerbAndColon : MaxWordsBetweenVerbAndQuote)
            && !CircumstantialAdjunct.Spans(text, lead, verb + CueWords.VerbLength(lead, verb), quoteStart)))
        {
            return (verb < 0 ? CalledObjectLead.Find(text, lead, quoteStart) : null) ?? _colon.Find(lead, paragraph, quoteStart);
        }

        if (LeadPhrases.IsPassive(lead, verb))
        {
            return EnglishPassiveAgent.Find(text, lead, verb);
        }

        if (ReportingVerbs.IsParticiple(lead[verb].Text) && LeadPhrases.OwnSubject(text, lead, verb) is { } own)
        {
            // `with Trump reportedly yelling: “…”`: the participle's own subject.
            return own;
        }

        if (CueWords.IsCoordinated(lead, verb))
        {
            // `De Blasio said the move was Bratton's and said, “…”`: a second verb of the sentence's subject.
            return DescribedSubject.Find(text, lead, verb) is { } unnamed && DescribedSubject.OpensSentence(lead, unnamed)
                ? unnamed
                : subjects.Find(paragraph, quoteStart, lead[verb].Start);
        }

        if (ReportingVerbs.IsParticiple(lead[verb].Text) && RecalledSpeaker.Find(text, lead, verb) is { } recalled)
        {
            return recalled;
        }

        if (ReportingVerbs.IsParticiple(lead[verb].Text))
        {
            // `…, Spicer said, adding, “…”`: the participle shares the subject of the reporting clause before it.
            var main = Enumerable.Range(0, verb).LastOrDefault(
                i => CueWords.IsVerb(lead[i]) && !ReportingVerbs.IsParticiple(lead[i].Text) && !NameGenitive.Owns(text, lead, i), -1);
            return (main > 0 && !InOpeningSubordinateClause(lead, main) ? NounPhraseReader.BeforeVerb(text, lead.GetRange(0, main)) : null)
                ?? subjects.Find(paragraph, quoteStart, lead[verb].Start);
        }

        var before = lead.GetRange(0, verb);
        var after = lead.GetRange(verb + CueWords.VerbLength(lead, verb), lead.Count - verb - CueWords.VerbLength(lead, verb));
        var subject = before.Count > 0 ? NounPhraseReader.BeforeVerb(text, before) : null;
        if (DescribedSubject.Find(text, lead, verb) is { } described
            && (subject is null || (subject.Kind is CandidateKind.Description or CandidateKind.OrganisationReference && DescribedSubject.HoldsInPhrase(text, lead, described, subject.Position))))
        {
            // `a council official who spoke anonymously said`, `one buyer on the Harbour market wrote`: someone unnamed.
            return described;
        }

        return subject
            ?? (before.All(w => FunctionWords.TimeWords.Contains(w.Lower)) ? NounPhraseReader.AfterVerb(text, after) : null)
            ?? subjects.Find(paragraph, quoteStart, lead[verb].Start);
    }

    /// <summary>
    /// `When Winfrey asked …, he declined, saying “…”`: the verb at <paramref name="index"/> belongs to the clause the
    /// sentence opens with (a subordinator, then a comma after the verb), not to the participle's subject.
    /// </summary>
    private bool InOpeningSubordinateClause(List<Word> lead, int index) =>
        SentenceSubjectFinder.IsSubordinator(lead[0].Lower) && text.IndexOf(',', lead[index].End, lead[^1].Start - lead[index].End) >= 0;
}
