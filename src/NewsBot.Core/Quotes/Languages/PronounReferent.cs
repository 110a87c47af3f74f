namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Resolves a pronoun, a dropped subject or a description read as one to the person the text was just about, and abstains
/// when someone else who fits was named in between: the one place that weighs who a `sagte sie` or `ejemplificó` means.
/// </summary>
internal sealed class PronounReferent(string text, LanguageKnowledge language, PersonNames people, RecentSpeakers recent, ClauseEdges clauses)
{
    private readonly DescribedSubjects _descriptions = new(text, language, people);

    /// <summary>
    /// The person the text was just about, for pronouns, dropped subjects and `the minister`: the speaker of the quote before,
    /// unless the text has named someone else since. <paramref name="position"/> is where the pronoun or verb stands.
    /// </summary>
    public Subject Refer(int anchor, int notBefore, Gender gender, int position)
    {
        // Someone named since the last quote takes over only as a clause's subject, not inside a complement or a `que` clause.
        var quoted = recent.Before(anchor, notBefore, gender);
        var named = people.Latest(anchor, notBefore, gender, subjectsOnly: true);
        var continued = quoted is not null && (named is null || named.Start < quoted.Value.SentenceEnd);
        var since = continued ? quoted!.Value.SentenceEnd : named?.Start + 1 ?? notBefore;
        SpeakerCandidate? referent;
        var subjectGender = Gender.Unknown;
        var described = IsDroppedSubject(gender) ? _descriptions.Latest(Math.Max(since, notBefore), anchor) : null;
        if (described is { Person: not null } or { Ambiguous: true })
        {
            // `el fiscal general indicó … “…”, ejemplificó.`: the clause subject written since, by role, continues; a role several
            // people hold could be any of them. A role the article gave no one goes on with the person the text is about.
            if (described.Ambiguous)
            {
                return Subject.Of(null);
            }

            (referent, since, subjectGender) = (described.Person!.ToCandidate(people.Fullest(described.Person.Words)), described.Position + 1, described.Gender);
        }
        else if (continued && RecentSpeakers.IsUnnamed(quoted!.Value.Speaker))
        {
            // `“…”, diz a garota. … “…”, diz.`: the unnamed source goes on speaking, not the last person named before her.
            return Subject.Anonymous(position);
        }
        else if (!continued && named is not null && people.IsCoordinated(named))
        {
            // `Bianchi e Neri si sono incontrati. «…», ha detto.`: either of the two.
            return Subject.Anonymous(position);
        }
        else
        {
            referent = continued ? quoted!.Value.Speaker : named?.ToCandidate(people.Fullest(named.Words));
            since = continued ? quoted!.Value.SentenceEnd : named?.Start + 1 ?? anchor;
        }

        if (referent is null && gender != Gender.Unknown && ParticipantAntecedent(anchor, notBefore, gender) is { } met)
        {
            // `On rencontre Léonie Castagnet. Elle vit … « … », soupire-t-elle.`: no subject fits, but the person the text
            // met as an object does, and no one else who could be meant was named since.
            (referent, since) = (met.ToCandidate(people.Fullest(met.Words)), met.Start + 1);
        }

        if (referent is not null && Competes(referent, since, anchor, gender, subjectGender))
        {
            // Someone else who fits was named in between, as an object or a complement: the pronoun could be either.
            return gender == Gender.Unknown ? Subject.Of(null) : Subject.Anonymous(position);
        }

        // `„…“, sagt sie` where no woman was named: not the man who spoke before, so the quote is not handed on to him either.
        return referent is null && gender != Gender.Unknown ? Subject.Anonymous(position) : Subject.Of(Referring(referent, CandidateKind.Pronoun, position));
    }

    /// <summary>
    /// A pronoun's antecedent named only as an object or participant, when the latest such name tells the pronoun's gender: a
    /// name that tells none may be a place or a body (`discutant avec Pasiphae … à Paris-8`), so it names no one; nor does one
    /// named beside another who fits (`on rencontre Léonie et Maëlle`).
    /// </summary>
    private PersonMention? ParticipantAntecedent(int anchor, int notBefore, Gender gender) =>
        people.LatestParticipant(anchor, notBefore, gender) is { } met && people.GenderOf(met) == gender
        && !people.OtherNamedBetween(met.Words, Math.Max(notBefore, clauses.SentenceStart(met.Start)), anchor, gender) ? met : null;

    /// <summary>
    /// Someone else the pronoun or dropped subject could refer to was named between <paramref name="from"/> and <paramref name="to"/>.
    /// A pronoun of a gender weighs everyone who fits it; a dropped subject (`“…”, acotó.`) continues a clause's subject, so only
    /// another subject or participant competes, not a name that modifies a noun (`bajo el gobierno de Iván Duque`); after a
    /// subject described with an article of a gender (`el máximo funcionario … con Quiñónez`), only one who could be of it.
    /// </summary>
    private bool Competes(SpeakerCandidate referent, int from, int to, Gender gender, Gender subjectGender = Gender.Unknown) =>
        IsDroppedSubject(gender) ? people.OtherSubjectBetween(referent.Words, from, to, subjectGender)
        : people.OtherNamedBetween(referent.Words, from, to, gender) && !people.OnlyComplementsOfSubject(referent.Words, from, to, gender, clauses);

    private bool IsDroppedSubject(Gender gender) => gender == Gender.Unknown && language.DropsSubject;

    /// <summary>
    /// A pronoun, dropped subject or description resolved to the person it refers to: the cue is where the text refers,
    /// not where the name was written, so distance and evidence describe this quote's attribution.
    /// </summary>
    public static SpeakerCandidate? Referring(SpeakerCandidate? referent, CandidateKind kind, int position) =>
        referent is null ? null : referent with { Kind = kind, Position = position, Cue = CueKind.None, Resolved = true, ByRole = false };
}
