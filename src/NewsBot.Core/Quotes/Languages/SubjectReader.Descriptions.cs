namespace NewsBot.Core.Quotes.Languages;

/// <summary>Descriptions (`el científico`, `der Virologe`) and organisations named after their article, resolved to the person or body they stand for.</summary>
internal sealed partial class SubjectReader
{
    /// <summary>
    /// `el científico`, `der Virologe`: a description refers back to the speaker of the quote before, if no one else was named
    /// since; the latest person named is too often someone the description is not (`la isla Seymour`, `el organismo`).
    /// </summary>
    private Subject Describe(List<Word> description, int anchor, int notBefore, Gender gender)
    {
        var position = description[0].Start;
        if (description.FindIndex(w => AgeNoun.Matches(w.Lower)) is >= 0 and var age)
        {
            // `erzählt der 48-Jährige`, `die 61-jährige Ministerin`: only a person just named is given an age, so it is read as a
            // pronoun, unless the article wrote whose age it is (`Greta Lindner (54)`).
            return AgeOwner.Find(text, people, description[age].Lower, position) is { } owner
                ? Subject.Of(Referring(owner.ToCandidate(people.Fullest(owner.Words)), CandidateKind.Description, position))
                : Refer(anchor, notBefore, gender, position);
        }

        if (Organisation(description) is { } body)
        {
            return Subject.Of(body);
        }

        if (description.Count > 1 && EntityKnowledge.IsDocumentWord(description[1].Text))
        {
            // `diz o comunicado do STF`: the body that issued it, when named right after; a document never continues a person's turn.
            var issuer = description.FindIndex(2, w => w.IsCapitalized);
            return issuer > 0 && description.Skip(2).Take(issuer - 2).All(w => language.Prepositions.Contains(w.Lower) || language.Determiners.Contains(w.Lower))
                ? Subject.Of(Expanded(Issuer(description, issuer)))
                : Subject.Anonymous(position);
        }

        if (IsGroup(description) || OpensWithPossessive(description)
            || (!language.CapitalisesNouns && description.Count > 1 && description[1].IsCapitalized && !IsRole(description[1].Text)))
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
            return Subject.Of(Expanded(new SpeakerCandidate(CandidateKind.Name, [latestBody.Name], description[1].Start, latestBody.Name)));
        }

        if (IsBody(description))
        {
            // `kritisierte der Verband`, `criticó la asociación`: a body the text does not name; never the last person's turn
            // (and `der` is the noun's grammatical gender, not a man's). `Die Gemeinde meint:` after `die Gemeinde Boltigen`
            // names it, when no person was named before.
            return description.Count == 2 && people.Latest(Math.Min(anchor, position), 0, Gender.Unknown) is null
                && NamedBodyReference.Find(text, position, description[1].Text, language) is { } namedBody
                ? Subject.Of(new SpeakerCandidate(CandidateKind.Name, [namedBody], description[1].Start, namedBody))
                : Subject.Anonymous(position);
        }

        if (language.CapitalisesNouns && !NamesPerson(description))
        {
            // `sagt der Volksmund`, `heißt es im Bericht`: a German noun that makes no person (its ending or the role
            // lexicon says which do) is a saying or a thing, never the last speaker going on.
            return Subject.Anonymous(position);
        }

        var named = people.Latest(anchor, notBefore, gender);
        var quoted = recent.Before(anchor, notBefore, gender);
        if (quoted is not null && (named is null || named.Start < quoted.Value.SentenceEnd) && !RecentSpeakers.IsUnnamed(quoted.Value.Speaker)
            && !NamesAnotherOffice(description, quoted.Value.Speaker))
        {
            return Subject.Of(Referring(quoted.Value.Speaker, CandidateKind.Description, position));
        }

        if (SpokespersonBody.IsBare(description) && SpokespersonFor(description, anchor) is { } spokenFor)
        {
            return Subject.Of(spokenFor);
        }

        // No one to continue: the one person the article gave this role (`el fiscal general de Colombia, Francisco Barbosa`).
        // Else, in Spanish and Portuguese, the person the article follows (`el periodista recordó`); in German the sentence before's subject.
        return (people.Roles.Described(description, gender, anchor) ?? Followed(description, gender, position, anchor)) is { } person
            ? Subject.Of(Referring(person.ToCandidate(people.Fullest(person.Words)), CandidateKind.Description, position))
            : PreviousSubject(description, anchor, notBefore, gender);
    }

    /// <summary>
    /// `„…“, sagt der Sprecher`: the one body the paragraph names before the quote, when it names no person there. A single
    /// word the name lexicon takes for a surname (`Gegenbauer`, a firm named after its founder) counts as that body when the
    /// article never gives it with a given name: a person is introduced with both.
    /// </summary>
    private SpeakerCandidate? SpokespersonFor(List<Word> description, int anchor)
    {
        var from = Math.Min(anchor, description[0].Start);
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        var surnamesOnly = new HashSet<string>(StringComparer.Ordinal);
        for (var mention = people.Latest(from, paragraphStart, Gender.Unknown); mention is not null; mention = people.Latest(mention.Start, paragraphStart, Gender.Unknown))
        {
            if (mention.Words.Count != 1 || people.Fullest(mention.Words).Count != 1 || EntityKnowledge.IsGivenName(mention.Words[0]))
            {
                return null;
            }

            surnamesOnly.Add(mention.Words[0]);
        }

        return people.Roles.Described(description, Gender.Unknown, anchor) is null
            && SpokespersonBody.Find(text, from, language, word => surnamesOnly.Contains(word) || people.Fullest([word]).Count == 1) is { } body
            ? new SpeakerCandidate(CandidateKind.Name, [body], description[1].Start, body)
            : null;
    }

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

    /// <summary>The person a description the article gave no one as a role goes on about, unless several hold the role.</summary>
    private PersonMention? Followed(List<Word> description, Gender gender, int position, int anchor) =>
        people.Roles.AnyHolds(description, gender, anchor) ? null
        : _protagonist.Find(description, gender, Math.Min(position, anchor)) is { } followed && !NamesAnotherOffice(description, followed.ToCandidate(followed.Words)) ? followed : null;

    /// <summary>
    /// `Bundesminister Jonas Wegner dringt auf … . Der Grünen-Politiker sagte:`, `Noch wartet Anton Gerber ab. Doch der Aktivist
    /// sagt:`: German papers name a person, then go on with another noun for the same person; a person noun of the person's
    /// gender is the subject of the sentence before, when no one else who fits was named since.
    /// </summary>
    private Subject PreviousSubject(List<Word> description, int anchor, int notBefore, Gender gender)
    {
        var position = description[0].Start;
        if (!language.CapitalisesNouns || gender == Gender.Unknown || !IsPersonNoun(description, gender))
        {
            return Subject.Anonymous(position);
        }

        var from = Math.Min(anchor, position);
        var sentenceBefore = SentenceStart(SentenceStart(from) - 1);
        var subject = people.Latest(from, Math.Max(notBefore, sentenceBefore), gender, subjectsOnly: true);
        // `Jonas Wegner traf Paul Kramer. Der Politiker sagte:` could be either: no one else who fits may be named since the sentence before began.
        return subject is null || people.GenderOf(subject) != gender || people.OtherNamedBetween(subject.Words, sentenceBefore, from, gender)
            ? Subject.Anonymous(position)
            : Subject.Of(Referring(subject.ToCandidate(people.Fullest(subject.Words)), CandidateKind.Description, position));
    }

    /// <summary>
    /// `der Aktivist`, `die Sängerin`, `der Mann`, `die Familien- und Frauenministerin`: a noun of a German description names a
    /// person, of either gender (or the description has no noun to tell).
    /// </summary>
    private bool NamesPerson(List<Word> description)
    {
        var nouns = description.Where(w => w.IsCapitalized && !language.Determiners.Contains(w.Lower)).Select(w => w.Text).ToList();
        // `der Angeklagte`, `der Grüne`, `der Grieche`: a masculine noun in -e is almost always a person.
        var masculine = description[0].Lower is "der" or "ein" or "dieser";
        return nouns.Count == 0 || nouns.Any(n => CapitalisedRole.IsRoleNoun(n, language.Code) || CapitalisedRole.IsPersonWord(n) || (masculine && n.EndsWith('e')));
    }

    /// <summary>`der Aktivist`, `die Grünen-Politikerin`: the head noun names a person of that gender (German `die Forscher` is plural).</summary>
    private bool IsPersonNoun(List<Word> description, Gender gender)
    {
        var head = description.Find(w => w.IsCapitalized && !language.Determiners.Contains(w.Lower)).Text;
        if (head is null || !CapitalisedRole.IsRoleNoun(head, language.Code))
        {
            return false;
        }

        var feminine = head.EndsWith("in", StringComparison.Ordinal);
        return gender == Gender.Female ? feminine : !feminine && !head.EndsWith("innen", StringComparison.Ordinal);
    }

    /// <summary>`la Asociación de Periodistas de El Salvador (APES)`, `das Robert Koch-Institut`: an organisation named after its article.</summary>
    private SpeakerCandidate? Organisation(List<Word> description)
    {
        var first = 1;
        while (first < description.Count && !description[first].IsCapitalized && language.Determiners.Contains(description[first].Lower))
        {
            first++;
        }

        if (first >= description.Count || !description[first].IsCapitalized)
        {
            return null;
        }

        var last = first;
        while (last + 1 < description.Count && (description[last + 1].IsCapitalized || (language.Prepositions.Contains(description[last + 1].Lower) && last + 2 < description.Count && description[last + 2].IsCapitalized)))
        {
            last++;
        }

        var name = description.Skip(first).Take(last - first + 1).Select(w => w.Text).ToList();
        var guess = EntityKnowledge.Classify(name, language.Code);
        var proper = name.Any(w => !EntityKnowledge.IsCommonWord(w, language.Code) && !EntityKnowledge.IsRoleWord(w, language.Code) && !GermanBodyNoun.Is(w));
        if (!proper || (guess.Kind != Entities.EntityKind.Organisation && !name.Any(EntityKnowledge.IsOrganisationWord)))
        {
            // `der CEO`, `das Ministerium`: a role or a common noun, not the name of a body.
            return null;
        }

        var end = description[last].End;
        var acronym = text.AsSpan(end).TrimStart();
        if (acronym.StartsWith("(") && acronym.IndexOf(')') is > 1 and < 9 and var close && acronym[1..close].ToString().All(char.IsUpper))
        {
            end = text.IndexOf(')', end) + 1;
        }

        var written = text[description[first].Start..end];
        return new SpeakerCandidate(CandidateKind.Name, [written], description[first].Start, written);
    }

    /// <summary>`del Departamento de Estado`, `do STF`: the capitalised run that issued a document, as written.</summary>
    private static SpeakerCandidate Issuer(List<Word> description, int first)
    {
        var last = first;
        while (true)
        {
            if (last + 1 < description.Count && description[last + 1].IsCapitalized)
            {
                last++;
            }
            else if (last + 2 < description.Count && description[last + 1].Lower.Length <= 3 && description[last + 2].IsCapitalized)
            {
                // `Departamento de Estado`, `Instituto Portuário de Vilamar`.
                last += 2;
            }
            else
            {
                break;
            }
        }

        var written = string.Join(' ', description.Skip(first).Take(last - first + 1).Select(w => w.Text));
        return new SpeakerCandidate(CandidateKind.Name, [written], description[first].Start, written);
    }

    /// <summary>The description's head noun is an organisation word and no role (`der Verband`; `la policía` is both).</summary>
    private bool IsBody(List<Word> description)
    {
        var head = description.FindIndex(w => !language.Determiners.Contains(w.Lower));
        return head >= 0 && EntityKnowledge.IsOrganisationWord(description[head].Text) && !IsRole(description[head].Text);
    }

    /// <summary>`do STF` → `Supremo Tribunal Federal` where the article spells the acronym out.</summary>
    private SpeakerCandidate Expanded(SpeakerCandidate body) =>
        body.Words is [var acronym] && AcronymExpansion.Expand(text, acronym) is { } full ? body with { Words = [full], Written = full } : body;

    private static bool IsAcronym(List<Word> run) => run.Count == 1 && run[0].Text.Length is >= 2 and <= 6 && run[0].Text.All(char.IsUpper);
}
