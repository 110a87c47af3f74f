namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Reads the subject that follows an inverted reporting verb or `selon` (`sagte der Verkehrsminister Jonas Weber`, `afirmó de
/// entrada el comunicador`), past an addressee, a date or an aside, and hands a description on to be resolved.
/// </summary>
internal sealed class SubjectAfterVerb(
    string text, LanguageKnowledge language, PersonNames people, PronounReferent referents, NamedSubject names, DescriptionSubject descriptions, ClauseEdges clauses)
{
    private readonly ParticleSurname _particleSurname = new(language, people);

    /// <summary>The subject that starts at <paramref name="at"/> (after an inverted verb or `selon`); <paramref name="anchor"/> is the quote.</summary>
    public Subject Read(IReadOnlyList<Word> words, int at, int anchor, int notBefore)
    {
        if (at >= words.Count)
        {
            return Subject.None;
        }

        if (TemporalInfinitive.Opens(words, at, language))
        {
            // `dijo al ser consultado sobre las solicitudes …`: a clause of time, no subject after the verb.
            return Subject.None;
        }

        // `äußerte sich die Stadträtin dazu`: the reflexive and its particles stand before the subject.
        at = GermanAdverbsBeforeSubject.Skip(text, words, GermanReflexive.SkipBefore(words, at, language), language);
        if (language.RecipientPrepositions.Contains(words[at].Lower) && AdverbialBeforeName.Skip(text, words, at, language) == at)
        {
            if (AdverbialBeforeName.IsOccasion(words, at, language))
            {
                // `ha detto a margine di un incontro`: the occasion, not a recipient; the subject was dropped.
                return Subject.None;
            }

            // `respondieron a EL HERALDO los abogados`, `sagte dem Sender der Minister`: who was spoken to, then the subject.
            var subject = ThisOutletRecipient.SubjectAfter(words, at) is var told and >= 0 ? told
                : SubjectAfterRecipient(words, at) is var described and >= 0 ? described : OutletRecipient.NameAfter(text, words, at);
            if (subject < 0)
            {
                return Subject.None;
            }

            at = subject;
        }

        // `manifestó el 10 de abril que …`: a date, then the subject if any.
        at = AdverbialBeforeName.Skip(text, words, DateAdverbial.Skip(text, words, at, language), language);
        words = RespectfulCapital.Lower(ElidedArticle.Split(words, at, language), language, people);
        if (at >= words.Count)
        {
            return Subject.None;
        }

        // `lamenta, por su parte, Iris Avellaneda`: an aside between commas, then the subject.
        at = InvertedSubject.AfterParenthetical(text, words, at, language);

        // `afirmó de entrada el comunicador`: a short adverbial, then the subject.
        at = InvertedSubject.AfterAdverbial(text, words, at, language);
        if (!language.CapitalisesNouns && PartitiveDocument.DocumentStart(words, at, language) is >= 0 and var paperStart)
        {
            // `sostiene parte de la resolución`: the document speaks, named for its issuer or for no one, never as a dropped subject.
            var paper = ClauseEdges.Slice(words, paperStart, clauses.ClauseEnd(words, paperStart));
            return EntityKnowledge.IsDocumentWord(paper[1].Text) ? descriptions.Describe(paper, anchor, notBefore, Gender.Unknown) : Subject.Anonymous(words[at].Start);
        }

        if (language.Pronouns.TryGetValue(words[at].Lower, out var gender))
        {
            return referents.Refer(anchor, notBefore, gender, words[at].Start);
        }

        if (language.ImpersonalSubjects.Contains(words[at].Lower))
        {
            // `„…“, heißt es in der Erklärung`: it is said, by no one the text names, or by the body the sentence before opened with.
            return language.CapitalisesNouns && (GermanHearsayBody.Find(text, words, at, anchor, people) ?? GermanHearsayDocument.Find(text, words, at)) is { } body
                ? Subject.Of(body) : Subject.Anonymous(words[at].Start);
        }

        var end = clauses.ClauseEnd(words, at);
        var phrase = ClauseEdges.Slice(words, at, end);
        var opener = phrase[0].Lower;
        var definite = language.Determiners.Contains(opener);

        // `a indiqué son porte-parole, Julien Carrasco`: in a Romance language a possessive opens a role that a name may follow.
        var possessive = !language.CapitalisesNouns && language.Possessives.Contains(opener);
        if (SubjectPhrase.IsGroup(phrase, language))
        {
            return Subject.Anonymous(phrase[0].Start);
        }

        if (GermanCompoundSpokesperson.Find(text, phrase, language) is { } spokesperson)
        {
            return Subject.Of(spokesperson);
        }

        if (!language.CapitalisesNouns && phrase.Count > 1 && phrase[1].IsCapitalized && RomanceOriginNoun.Described(phrase, language.Code) is not null)
        {
            // `a déclaré le Lyonnais`: a capitalised origin noun, which is no name.
            return descriptions.Describe(phrase, anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(opener));
        }

        if (_particleSurname.StartingAt(phrase, 0) is { } particled)
        {
            return Subject.Of(names.Candidate([.. particled], null));
        }

        if (names.Person(phrase, definite ? 1 : 0, inverted: !definite) is { } person)
        {
            return Subject.Of(person);
        }

        if (language.Indefinites.Contains(opener) || (language.CapitalisesNouns && language.Possessives.Contains(opener)))
        {
            // `sagte sein Sohn`: someone of his, never he. `dicta un comunicado del Departamento de Estado`: a document of a named body; `un funcionario` is anonymous.
            if ((NamedBodySpokesperson.Find(phrase) ?? (SpokespersonBody.IsBare(phrase) ? descriptions.SpokespersonFor(phrase, anchor) : null)) is { } spokenFor)
            {
                // `„…“, schildert eine Sprecherin`: a spokesperson of the one body the paragraph is about.
                return Subject.Of(spokenFor);
            }

            // `sagte eine Sprecherin des Ministeriums`: a spokesperson of a body is a person only when the article named one (<see cref="SpokespersonOfBody"/>).
            return phrase.Count > 1 && (EntityKnowledge.IsDocumentWord(phrase[1].Text) || SpokespersonOfBody.Describes(phrase, language))
                ? descriptions.Describe(phrase, anchor, notBefore, Gender.Unknown)
                : Subject.Anonymous(words[0].Start);
        }

        // `sagte der Konzernchef von FACC mit Blick auf …`: the description is its head and one complement.
        var complement = phrase.FindIndex(1, w => language.Prepositions.Contains(w.Lower));
        var head = complement < 0 ? phrase.Count : complement;
        if (!(definite || possessive) || head > SubjectPhrase.MaxDescriptionWords + 1)
        {
            return Subject.None;
        }

        var document = phrase.Count > 1 && EntityKnowledge.IsDocumentWord(phrase[1].Text);
        phrase = document ? phrase : ClauseEdges.Slice(phrase, 0, complement < 0 ? phrase.Count : Math.Min(phrase.Count, complement + 2));

        // `el portavoz del partido, Luis Romero`: the description introduces the name after the comma, also after a long
        // role (`el convencional UDI e integrante de la Comisión de Normas Transitorias, Pablo Toloza`).
        var roleEnd = end < words.Count && !clauses.Breaks(words[end - 1].End, words[end].Start) ? clauses.ClauseEnd(words, at, SubjectPhrase.MaxRoleWords) : end;
        roleEnd = roleEnd == end || (roleEnd < words.Count && text.AsSpan(words[roleEnd - 1].End, words[roleEnd].Start - words[roleEnd - 1].End).Trim() is ",") ? roleEnd : end;
        if (roleEnd < words.Count && names.PersonAt(ClauseEdges.Slice(words, TitledApposition.NameStart(text, words, roleEnd, language), clauses.ClauseEnd(words, roleEnd))) is { } named)
        {
            return Subject.Of(named);
        }

        return descriptions.Describe(phrase, anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(opener));
    }

    /// <summary>Where the subject starts after the addressee that opens at <paramref name="at"/>: its next article, or -1.</summary>
    private int SubjectAfterRecipient(IReadOnlyList<Word> words, int at)
    {
        for (var k = at + 2; k < words.Count && k - at <= SubjectPhrase.MaxPhraseWords && !clauses.Breaks(words[k - 1].End, words[k].Start); k++)
        {
            if (!words[k].IsCapitalized && (language.Determiners.Contains(words[k].Lower) || language.Indefinites.Contains(words[k].Lower)))
            {
                return k;
            }
        }

        return -1;
    }

}
