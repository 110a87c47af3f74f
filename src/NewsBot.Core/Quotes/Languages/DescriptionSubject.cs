namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Resolves a description subject (`el científico`, `der Virologe`, `la agencia`) to the person or body it stands for: an age,
/// a body, the speaker before going on, the one holder of a role, or the person the article follows; else no one.
/// </summary>
internal sealed class DescriptionSubject(string text, LanguageKnowledge language, PersonNames people, RecentSpeakers recent, PronounReferent referents, ClauseEdges clauses)
{
    private readonly ProtagonistDescription _protagonist = new(text, language, people);
    private readonly DescribedBody _bodies = new(text, language);
    private readonly GermanPersonNoun _personNouns = new(language, people, clauses);
    private readonly EpithetSubject _epithets = new(text, language, people, referents);
    private readonly ParagraphSpokesperson _paragraphSpokesperson = new(text, language, people);

    /// <summary>
    /// `el científico`, `der Virologe`: a description refers back to the speaker of the quote before, if no one else was named
    /// since; the latest person named is too often someone the description is not (`la isla Seymour`, `el organismo`).
    /// </summary>
    public Subject Describe(List<Word> description, int anchor, int notBefore, Gender gender)
    {
        var position = description[0].Start;
        if (_epithets.Describe(description, anchor, notBefore, gender) is { Found: true } epithet)
        {
            return epithet;
        }

        if (_bodies.Organisation(description) is { } body)
        {
            return Subject.Of(body);
        }

        if (AnonymityClause.Follows(text, description[^1].End))
        {
            return Subject.Anonymous(position);
        }

        if (description.Count > 1 && EntityKnowledge.IsDocumentWord(description[1].Text))
        {
            // `diz o comunicado do STF`: the body that issued it, when named right after; a document never continues a person's turn.
            var issuer = description.FindIndex(2, w => w.IsCapitalized);
            return issuer > 0 && description.Skip(2).Take(issuer - 2).All(w => language.Prepositions.Contains(w.Lower) || language.Determiners.Contains(w.Lower))
                ? Subject.Of(SubjectPhrase.Expanded(text, DescribedBody.Issuer(description, issuer)))
                : Subject.Anonymous(position);
        }

        if (SpokespersonOfBody.Holder(description, language, people.Roles, gender, anchor) is { } spokesperson)
        {
            return Subject.Of(PronounReferent.Referring(spokesperson.ToCandidate(people.Fullest(spokesperson.Words)), CandidateKind.Description, position)! with { ByRole = true });
        }

        if (SpokespersonOfBody.Describes(description, language) && SpokespersonComplementBody.Find(text, description, language, Math.Min(anchor, position)) is { } ofBody)
        {
            return Subject.Of(new SpeakerCandidate(CandidateKind.Name, [ofBody], description[1].Start, ofBody));
        }

        if (SpokespersonOfBody.Describes(description, language) && language.Indefinites.Contains(description[0].Lower))
        {
            // `dijo un portavoz de la empresa` with no such person named: someone at the body, not the speaker before.
            return Subject.Anonymous(position);
        }

        if (SubjectPhrase.IsGroup(description, language) || SubjectPhrase.OpensWithPossessive(description, language) || IndefiniteComplement.Introduces(description, language)
            || (!language.CapitalisesNouns && description.Count > 1 && description[1].IsCapitalized && !SubjectPhrase.IsRole(description[1].Text, language)))
        {
            // `Secondo il Codacons`: a name after an article that is no person's, a body the lexicon does not know; it
            // never goes on with the last person's turn.
            return Subject.Anonymous(position);
        }

        if (BodyDescription.IsBare(description, language) && BodyDescription.Latest(text, Math.Min(anchor, position), language) is { } latestBody
            && people.Latest(Math.Min(anchor, position), latestBody.End, Gender.Unknown, subjectsOnly: true) is null)
        {
            // `« … », écrit l’agence` after `l’EPA américaine n’a pas cillé`: the body the text named last, when no person was a
            // clause's subject since (`en la isla Seymour` is a place the name lexicon may take for a man).
            // `betonte die Alleinerziehenden-Vertretung` after `Die Plattform für Alleinerziehende (PfA)`: under its fullest name.
            return Subject.Of(SubjectPhrase.Expanded(text, new SpeakerCandidate(CandidateKind.Name, [latestBody.Name], description[1].Start, latestBody.Name)));
        }

        if (_bodies.IsBody(description))
        {
            if (NamedBodyOfKind.Applies(language) && NamedBodyOfKind.Find(text, position, description, language) is { } ofKind)
            {
                return Subject.Of(new SpeakerCandidate(CandidateKind.Name, [ofKind], position, ofKind));
            }

            // `kritisierte der Verband`, `criticó la asociación`: a body the text does not name; never the last person's turn
            // (and `der` is the noun's grammatical gender, not a man's). `Die Gemeinde meint:` after `die Gemeinde Boltigen`
            // names it, when no person was named before.
            return description.Count == 2 && people.Latest(Math.Min(anchor, position), 0, Gender.Unknown) is null
                && NamedBodyReference.Find(text, position, description[1].Text, language) is { } namedBody
                ? Subject.Of(new SpeakerCandidate(CandidateKind.Name, [namedBody], description[1].Start, namedBody))
                : Subject.Anonymous(position);
        }

        if (language.CapitalisesNouns && !_personNouns.NamesPerson(description))
        {
            // `sagt der Volksmund`, `heißt es im Bericht`: a German noun that makes no person (its ending or the role
            // lexicon says which do) is a saying or a thing, never the last speaker going on.
            return Subject.Anonymous(position);
        }

        if (description.Exists(w => RoleModifiers.DatesOrRanks(w.Lower)))
        {
            // `sagte die ehemalige Bürgermeisterin`, `disse o antigo ministro`: a dated or ranked office is not the one the speaker
            // before or the article's main person holds; only someone the article gave it with that word is meant.
            return people.Roles.Described(description, gender, anchor) is { } dated
                ? Subject.Of(PronounReferent.Referring(dated.ToCandidate(people.Fullest(dated.Words)), CandidateKind.Description, position)! with { ByRole = true })
                : Subject.Anonymous(position);
        }

        var named = people.Latest(anchor, notBefore, gender);
        var quoted = recent.Before(anchor, notBefore, gender);
        if (quoted is not null && (named is null || named.Start < quoted.Value.SentenceEnd) && !RecentSpeakers.IsUnnamed(quoted.Value.Speaker)
            && !NamesAnotherOffice(description, quoted.Value.Speaker) && !GovernmentBody.Names(quoted.Value.Speaker)
            && !(language.CapitalisesNouns && GermanHearsayBody.NamesBody(quoted.Value.Speaker))
            && !((language.CapitalisesNouns || SpecificOffice.Names(description, language)) && AnotherHolds(description, gender, anchor, quoted.Value.Speaker)))
        {
            return Subject.Of(PronounReferent.Referring(quoted.Value.Speaker, CandidateKind.Description, position));
        }

        if (SpokespersonBody.IsBare(description) && _paragraphSpokesperson.Find(description, anchor) is { } spokenFor)
        {
            return Subject.Of(spokenFor);
        }

        // No one to continue: the one person the article gave this role (`el fiscal general de Colombia, Francisco Barbosa`).
        // Else, in Spanish and Portuguese, the person the article follows (`el periodista recordó`); in German the sentence before's subject.
        if ((people.Roles.Described(description, gender, anchor) ?? HeadlineRoleHolder.Find(text, people.Roles, description, gender, position)) is { } holder)
        {
            return Subject.Of(PronounReferent.Referring(holder.ToCandidate(people.Fullest(holder.Words)), CandidateKind.Description, position)! with { ByRole = true });
        }

        return Followed(description, gender, position, anchor) is { } person
            ? Subject.Of(PronounReferent.Referring(person.ToCandidate(people.Fullest(person.Words)), CandidateKind.Description, position))
            : _personNouns.PreviousSubject(description, anchor, notBefore, gender);
    }

    /// <summary>The one person the article gave the role <paramref name="description"/> names, whoever spoke last; none when none or several.</summary>
    public Subject RoleHolder(List<Word> description, int anchor, Gender gender) =>
        people.Roles.Described(description, gender, anchor) is { } holder
            ? Subject.Of(PronounReferent.Referring(holder.ToCandidate(people.Fullest(holder.Words)), CandidateKind.Description, description[0].Start)! with { ByRole = true })
            : Subject.None;

    /// <summary>`„…“, sagt der Sprecher`: the one body the paragraph names before the quote (<see cref="ParagraphSpokesperson"/>).</summary>
    public SpeakerCandidate? SpokespersonFor(List<Word> description, int anchor) => _paragraphSpokesperson.Find(description, anchor);

    /// <summary>
    /// `affirme le porte-parole de l'armée de terre` after a commissioner's quote: an office of a named body, which the speaker
    /// before was never given while the article gave them other roles, is someone else's, so the turn does not go on.
    /// </summary>
    private bool NamesAnotherOffice(List<Word> description, SpeakerCandidate speaker)
    {
        var of = description.FindIndex(1, w => language.OfPrepositions.Contains(w.Lower));
        return of >= 2 && of + 1 < description.Count && EntityKnowledge.IsRoleWord(description[of - 1].Text, language.Code)
            && people.Roles.HasOnlyOtherRoles(speaker.Words, description[of - 1].Lower);
    }

    /// <summary>
    /// `„…“, sagte der Bundestrainer` after a striker's quote: the article gave the role to someone else, and the speaker
    /// before holds other roles only, so the description is that other person, not the turn going on.
    /// </summary>
    private bool AnotherHolds(List<Word> description, Gender gender, int anchor, SpeakerCandidate speaker) =>
        people.Roles.Described(description, gender, anchor) is { } holder && speaker.Words.Count > 0 && holder.Words[^1] != speaker.Words[^1]
        && people.Roles.DescribesOther(speaker.Words, description);

    /// <summary>
    /// The person a description the article gave no one as a role goes on about, unless several hold the role; a word for any
    /// of several offices (`el funcionario`) held by several people still leaves it to the person the article follows.
    /// </summary>
    private PersonMention? Followed(List<Word> description, Gender gender, int position, int anchor) =>
        people.Roles.AnyHolds(description, gender, anchor) && !GenericOfficeNouns.InDescription(description) ? null
        : _protagonist.Find(description, gender, Math.Min(position, anchor)) is { } followed && !NamesAnotherOffice(description, followed.ToCandidate(followed.Words)) ? followed : null;
}
