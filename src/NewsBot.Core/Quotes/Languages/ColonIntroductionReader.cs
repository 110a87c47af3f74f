namespace NewsBot.Core.Quotes.Languages;

/// <summary>`Ministerin Anna Berg: „…“`, `Doch Weber will das Positive sehen: „…“`: the name before the colon, else the sentence's subject.</summary>
internal sealed class ColonIntroductionReader(
    string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language, SubjectReader subjects, RecentSpeakers recent)
{
    public Subject Find(List<Word> words, TextSpan lead, int anchor, int notBefore)
    {
        if ((GermanContinuationLead.Is(text, words, language) || RomanceContinuationLead.Is(text, words, language)) && recent.Last(anchor, notBefore) is { } goingOn)
        {
            // `Ernster Nachsatz: „…“`, `Und weiter: „…“`: the speaker of the quote before goes on.
            return RecentSpeakers.IsUnnamed(goingOn) ? Subject.Anonymous(words[^1].Start) : Subject.Of(PronounReferent.Referring(goingOn, CandidateKind.Pronoun, words[^1].Start));
        }

        if (PossessorLead(words) is { } possessor)
        {
            // `Sein Fazit: „…“`, `Ihre Antwort: „…“`: his or her verdict is his or her words; `Sein Sprecher: „…“` is someone else's.
            return subjects.Refer(anchor, notBefore, possessor.Gender, possessor.Position);
        }

        var sentence = language.VerbSecondOpeners.Count == 0 ? null : SentenceWords(lead);
        if (sentence is not null && VerbSecondLead.SubjectStart(text, sentence, language) is >= 0 and var at)
        {
            // `Via Instagram meldete sich die Weltmeisterin zu Wort: „…“`: any verb, its subject after it.
            return subjects.After(sentence[..VerbSecondLead.SubjectEnd(sentence, at, language)], at, LeadPronounAnchor.Of(language, sentence, at, true, anchor), notBefore);
        }

        // `Am Ende steht die Empfehlung: „…“`: without a verb of saying, a description before the colon is what is quoted, not who,
        // unless it is only an article and a role (`Der Minister: „…“`).
        var subject = subjects.Before(words, words.Count, anchor, notBefore);
        if (subject.Candidate is { Kind: CandidateKind.Name } named && ObjectAcronym.Is(words, named.Position, language))
        {
            return Subject.None;
        }

        if (subject.Found && (subject.Candidate is not { Kind: CandidateKind.Description } || RoleOnlyColonLead.Is(text, words, language) || RomanceRoleColonLead.Is(text, words, language) || PlainSpokenLead.Is(words, language)))
        {
            return subject;
        }

        // `Bundesrat Ignaz Kessler stellte in seinem Gruss den Dialog in den Mittelpunkt, der … gelebt werde: «…»`: the person
        // the sentence opens with, however far the colon.
        if (sentence is { Count: >= 3 } && subjects.Opening(sentence, anchor, notBefore) is { Found: true } opening)
        {
            return opening;
        }

        if (sentence is not null && RoleSubjectColonLead.Find(sentence, language, subjects, anchor) is { Found: true } role)
        {
            return role;
        }

        return sentence is not null && InvertedPronounLead.Find(sentence, language) is >= 0 and var pronoun
            ? subjects.Refer(anchor, notBefore, language.Pronouns[sentence[pronoun].Lower], sentence[pronoun].Start)
            : Subject.None;
    }

    /// <summary>The words of the whole sentence that ends with <paramref name="lead"/>, over any quotation inside it (`Via ‚Instagram‘ meldete …`).</summary>
    private List<Word> SentenceWords(TextSpan lead)
    {
        var paragraph = paragraphs.First(p => p.Start <= lead.Start && lead.Start <= p.End);
        var start = QuoteContext.SentenceStart(text, paragraph, segments, Math.Max(lead.Start, lead.End - 1));
        return WordTokenizer.Tokenize(text, Math.Min(start, lead.Start), lead.End);
    }

    /// <summary>
    /// The German possessive of a lead that is only a possessive and a noun naming no person (`Sein Fazit:`, `Ihr knapper Kommentar:`),
    /// as the gender of the pronoun it stands for (`er`, `sie`) and its position; null otherwise.
    /// </summary>
    private (Gender Gender, int Position)? PossessorLead(List<Word> words)
    {
        var start = words.Count;
        while (start > 0 && !WordGaps.HasSentenceEndBefore(text, words, start - 1))
        {
            start--;
        }

        var count = words.Count - start;
        if (!language.CapitalisesNouns || count is < 2 or > 3 || !words[^1].IsCapitalized || CapitalisedRole.IsRoleNoun(words[^1].Text, language.Code)
            || CapitalisedRole.IsPersonWord(words[^1].Text) || words.Skip(start + 1).SkipLast(1).Any(w => w.IsCapitalized))
        {
            return null;
        }

        var possessive = words[start].Lower;
        return !language.Possessives.Contains(possessive) ? null
            : possessive.StartsWith("sein", StringComparison.Ordinal) ? (Gender.Male, words[start].Start)
            : possessive.StartsWith("ihr", StringComparison.Ordinal) ? (Gender.Female, words[start].Start)
            : null;
    }
}
