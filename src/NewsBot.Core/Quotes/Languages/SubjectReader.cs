namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Reads the subject next to a reporting verb in a language other than English: a pronoun (`sagte sie`), a name with or
/// without its role (`der Verkehrsminister Jonas Weber`), an acronym (`la OMS`), or a description (`el científico`) that
/// refers back to the person the text was just about.
/// </summary>
internal sealed partial class SubjectReader(string text, LanguageKnowledge language, PersonNames people, RecentSpeakers recent)
{
    private const int MaxPhraseWords = 10;
    private const int MaxDescriptionWords = 4;
    private const int MaxRoleWords = 16;

    private readonly DescribedSubjects _descriptions = new(text, language, people);
    private readonly ProtagonistDescription _protagonist = new(text, language, people);
    private readonly ParticleSurname _particleSurname = new(language, people);

    /// <summary>The subject that starts at <paramref name="at"/> (after an inverted verb or `selon`); <paramref name="anchor"/> is the quote.</summary>
    public Subject After(IReadOnlyList<Word> words, int at, int anchor, int notBefore)
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

        if (language.RecipientPrepositions.Contains(words[at].Lower) && AdverbialBeforeName.Skip(text, words, at, language) == at)
        {
            // `respondieron a EL HERALDO los abogados`, `sagte dem Sender der Minister`: who was spoken to, then the subject.
            var subject = SubjectAfterRecipient(words, at) is var described and >= 0 ? described : OutletRecipient.NameAfter(text, words, at);
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
        if (language.Pronouns.TryGetValue(words[at].Lower, out var gender))
        {
            return Refer(anchor, notBefore, gender, words[at].Start);
        }

        if (language.ImpersonalSubjects.Contains(words[at].Lower))
        {
            // `„…“, heißt es in der Erklärung`: it is said, by no one the text names.
            return Subject.Anonymous(words[at].Start);
        }

        var end = ClauseEnd(words, at);
        var phrase = Slice(words, at, end);
        var opener = phrase[0].Lower;
        var definite = language.Determiners.Contains(opener);
        if (IsGroup(phrase))
        {
            return Subject.Anonymous(phrase[0].Start);
        }
        if (_particleSurname.StartingAt(phrase, 0) is { } particled)
        {
            return Subject.Of(Candidate([.. particled], null));
        }

        if (Person(phrase, definite ? 1 : 0, inverted: !definite) is { } person)
        {
            return Subject.Of(person);
        }

        if (language.Indefinites.Contains(opener) || (language.CapitalisesNouns && language.Possessives.Contains(opener)))
        {
            // `sagte sein Sohn`: someone of his, never he. `dicta un comunicado del Departamento de Estado`: a document of a named body; `un funcionario` is anonymous.
            if ((NamedBodySpokesperson.Find(phrase) ?? (SpokespersonBody.IsBare(phrase) ? SpokespersonFor(phrase, anchor) : null)) is { } spokenFor)
            {
                // `„…“, schildert eine Sprecherin`: a spokesperson of the one body the paragraph is about.
                return Subject.Of(spokenFor);
            }

            return phrase.Count > 1 && EntityKnowledge.IsDocumentWord(phrase[1].Text) ? Describe(phrase, anchor, notBefore, Gender.Unknown) : Subject.Anonymous(words[0].Start);
        }

        // `sagte der Konzernchef von FACC mit Blick auf …`: the description is its head and one complement.
        var complement = phrase.FindIndex(1, w => language.Prepositions.Contains(w.Lower));
        var head = complement < 0 ? phrase.Count : complement;
        if (!definite || head > MaxDescriptionWords + 1)
        {
            return Subject.None;
        }

        var document = phrase.Count > 1 && EntityKnowledge.IsDocumentWord(phrase[1].Text);
        phrase = document ? phrase : Slice(phrase, 0, complement < 0 ? phrase.Count : Math.Min(phrase.Count, complement + 2));

        // `el portavoz del partido, Luis Romero`: the description introduces the name after the comma, also after a long
        // role (`el convencional UDI e integrante de la Comisión de Normas Transitorias, Pablo Toloza`).
        var roleEnd = end < words.Count && !Breaks(words[end - 1].End, words[end].Start) ? ClauseEnd(words, at, MaxRoleWords) : end;
        roleEnd = roleEnd == end || (roleEnd < words.Count && text.AsSpan(words[roleEnd - 1].End, words[roleEnd].Start - words[roleEnd - 1].End).Trim() is ",") ? roleEnd : end;
        if (roleEnd < words.Count && PersonAt(Slice(words, roleEnd, ClauseEnd(words, roleEnd))) is { } named)
        {
            return Subject.Of(named);
        }

        return Describe(phrase, anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(opener));
    }

    /// <summary>The person a sentence opens with, after at most a conjunction or a role (`Und Yücel setzte …`, `SCR-Sportchef Zoran Barisic ist …`), or its opening pronoun.</summary>
    public Subject Opening(IReadOnlyList<Word> words, int anchor, int notBefore)
    {
        var first = words[0].IsCapitalized || words.Count < 2 ? 0 : 1;
        if (language.Pronouns.TryGetValue(words[first].Lower, out var gender) && words[first].IsCapitalized && !language.IsPlural(words[first].Lower, words[first + 1].Lower))
        {
            return Refer(anchor, notBefore, gender, words[first].Start);
        }

        if (MainClauseStart(words) > 0)
        {
            // `Nachdem Weber gegangen war, …`: the person who opens the sentence is the subordinate clause's subject.
            return Subject.None;
        }

        var runs = people.Runs(Slice(words, 0, Math.Min(words.Count, MaxDescriptionWords)));
        if (runs.Count == 0 || runs[0][0].Start > words[1].Start || people.AsPerson(runs[0]) is not { } person)
        {
            return Subject.None;
        }

        return Subject.Of(Candidate(person, null));
    }

    /// <summary>The subject among <paramref name="words"/> before a verb at <paramref name="verb"/>.</summary>
    public Subject Before(IReadOnlyList<Word> words, int verb, int anchor, int notBefore)
    {
        if (verb == 0)
        {
            return Subject.None;
        }

        if (language.Pronouns.TryGetValue(words[verb - 1].Lower, out var gender))
        {
            if (verb < words.Count && language.IsPlural(words[verb - 1].Lower, words[verb].Lower))
            {
                return Subject.Anonymous(words[verb - 1].Start);
            }

            return Refer(anchor, notBefore, gender, words[verb - 1].Start);
        }

        if (RelativeAntecedent(words, verb) is { } antecedent)
        {
            return Subject.Of(antecedent);
        }

        var clause = Slice(words = RespectfulCapital.Lower(words, language, people), 0, verb);
        if (_particleSurname.EndingBefore(words, verb) is { } particled)
        {
            return Subject.Of(Candidate([.. particled], null));
        }

        if (Person(clause, MainClauseStart(clause), beforeVerb: verb < words.Count) is { } person)
        {
            return Subject.Of(person);
        }

        // `(como é conhecido o ex-prefeito) respondeu`: a description inside brackets is an aside, not the subject.
        var description = Math.Max(0, verb - MaxDescriptionWords);
        for (var k = verb - 1; k >= description; k--)
        {
            if (k + 1 < words.Count && Breaks(words[k].End, words[k + 1].Start))
            {
                description = k + 1;
                break;
            }
        }

        for (var i = verb - 1; i >= description; i--)
        {
            if (language.Indefinites.Contains(words[i].Lower))
            {
                return Subject.Anonymous(words[0].Start);
            }

            if (language.Determiners.Contains(words[i].Lower) && (i == 0 || !language.Prepositions.Contains(words[i - 1].Lower)) && !IsGenitive(words, i))
            {
                return Describe(Slice(words, i, verb), anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(words[i].Lower));
            }
        }

        // `…, el presidente de la Asamblea continuó diciendo:`: the clause opens with its subject, however long.
        var opens = ClauseStart(words, verb);
        if (opens < verb - 2 && language.Conjunctions.Contains(words[opens].Lower) && !language.Subordinators.Contains(words[opens].Lower))
        {
            // `Doch der Aktivist … sagt:`: a coordinating conjunction opens the clause, its subject comes next.
            opens++;
        }

        if (opens < verb - 1 && OpensWithPossessive(Slice(words, opens, verb)))
        {
            // `Sein Sprecher ergänzte:`: the spokesman, not the man whose he is.
            return Subject.Anonymous(words[opens].Start);
        }

        if (opens < verb - 1 && language.Indefinites.Contains(words[opens].Lower))
        {
            return Subject.Anonymous(words[opens].Start);
        }

        if (opens < verb - 1 && language.Determiners.Contains(words[opens].Lower))
        {
            return Describe(Slice(words, opens, verb), anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(words[opens].Lower));
        }

        // German `sie` anywhere in the clause may be they (`wenn sie … verleihen wollen:`): only next to its verb does it tell.
        var pronoun = clause.FindIndex(w => language.Pronouns.ContainsKey(w.Lower) && !language.AlsoPluralPronouns.Contains(w.Lower));
        return pronoun >= 0 ? Refer(anchor, notBefore, language.Pronouns[clause[pronoun].Lower], clause[pronoun].Start) : Subject.None;
    }

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
        && !people.OtherNamedBetween(met.Words, Math.Max(notBefore, SentenceStart(met.Start)), anchor, gender) ? met : null;

    /// <summary>
    /// Someone else the pronoun or dropped subject could refer to was named between <paramref name="from"/> and <paramref name="to"/>.
    /// A pronoun of a gender weighs everyone who fits it; a dropped subject (`“…”, acotó.`) continues a clause's subject, so only
    /// another subject or participant competes, not a name that modifies a noun (`bajo el gobierno de Iván Duque`); after a
    /// subject described with an article of a gender (`el máximo funcionario … con Quiñónez`), only one who could be of it.
    /// </summary>
    private bool Competes(SpeakerCandidate referent, int from, int to, Gender gender, Gender subjectGender = Gender.Unknown) =>
        IsDroppedSubject(gender) ? people.OtherSubjectBetween(referent.Words, from, to, subjectGender) : people.OtherNamedBetween(referent.Words, from, to, gender);

    private bool IsDroppedSubject(Gender gender) => gender == Gender.Unknown && language.DropsSubject;

    /// <summary>
    /// A pronoun, dropped subject or description resolved to the person it refers to: the cue is where the text refers,
    /// not where the name was written, so distance and evidence describe this quote's attribution.
    /// </summary>
    private static SpeakerCandidate? Referring(SpeakerCandidate? referent, CandidateKind kind, int position) =>
        referent is null ? null : referent with { Kind = kind, Position = position, Cue = CueKind.None, Resolved = true };

    /// <summary>
    /// `Die Erklärung des Mitbegründers des Augusta National Clubs, Cliff Roberts, der 1933 sagte, dass …`: a German relative
    /// clause's verb has the person named right before its comma as subject, not a name earlier in the sentence.
    /// </summary>
    private SpeakerCandidate? RelativeAntecedent(IReadOnlyList<Word> words, int verb)
    {
        var pronoun = ClauseStart(words, verb);
        if (!language.CapitalisesNouns || pronoun == 0 || pronoun >= verb || words[pronoun].Lower is not ("der" or "die") || words[pronoun].IsCapitalized
            || !text.AsSpan(words[pronoun - 1].End, words[pronoun].Start - words[pronoun - 1].End).Contains(',')
            || Enumerable.Range(pronoun + 1, verb - pronoun - 1).Any(k => words[k].IsCapitalized))
        {
            return null;
        }

        var antecedent = ClauseStart(words, pronoun - 1);
        return Person(Slice(words, antecedent, pronoun), 0);
    }

    /// <summary>`der Aktivist der Gewerkschaft`: a German `der`/`des` right after a noun links a genitive, it opens no subject.</summary>
    private bool IsGenitive(IReadOnlyList<Word> words, int article) =>
        language.CapitalisesNouns && article > 0 && words[article - 1].IsCapitalized && words[article].Lower is "der" or "des"
        && !Breaks(words[article - 1].End, words[article].Start);

    /// <summary>Where the sentence holding <paramref name="position"/> starts: after the last full stop, question or exclamation mark or line break.</summary>
    private int SentenceStart(int position)
    {
        for (var i = Math.Min(position, text.Length) - 1; i > 0; i--)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The first person named in <paramref name="phrase"/> from <paramref name="from"/> on, not inside a complement (`del Poder Ejecutivo`).</summary>
    private SpeakerCandidate? Person(List<Word> phrase, int from, bool inverted = false, bool beforeVerb = false)
    {
        var words = Slice(phrase, from, phrase.Count);
        foreach (var run in people.Runs(words).Where(r => !ApostrophePossessor.Owns(text, r)))
        {
            // After a role and its preposition (`alcaldesa de Villanueva Marta Ruiz`) the run opens with the complement's place or body.
            var afterRole = ComplementThenName(words, run);
            // `disse Bernardinho`, `Loriot erklärte:`: the run is all that stands between the verb and its clause's edge.
            var slot = run[0].Start == words[0].Start && (inverted || (beforeVerb && run[^1].Start == words[^1].Start));
            if ((afterRole ?? people.AsPerson(run, subjectSlot: slot)) is not { } person)
            {
                if (IsAcronym(run) && run[0].Start == words[0].Start && !IsRole(run[0].Text))
                {
                    return Expanded(new SpeakerCandidate(CandidateKind.Name, [run[0].Text], run[0].Start, run[0].Text));
                }

                continue;
            }

            var at = words.FindIndex(w => w.Start == person[0].Start);
            if (InComplement(words, at))
            {
                continue;
            }

            return Candidate(person, RoleBefore(words, at));
        }

        return null;
    }

    /// <summary>
    /// The name at <paramref name="at"/> stands in a complement: right after a preposition (`director del Instituto`), or after
    /// one and the role words of its own noun (`los abogados del expresidente Hernández`, `der Sprecher des Ministers Weber`).
    /// </summary>
    private bool InComplement(List<Word> words, int at)
    {
        for (var k = at - 1; k >= 0 && at - k <= MaxDescriptionWords; k--)
        {
            if (language.Prepositions.Contains(words[k].Lower))
            {
                return k > 0 || at - k == 1;
            }

            if (words[k].IsCapitalized || Breaks(words[k].End, words[k + 1].Start) || language.Verbs.Contains(words[k].Lower)
                || !(language.Determiners.Contains(words[k].Lower) || IsRole(words[k].Text)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A role word, or a former one (`exalcalde`, `ex-ministro`, `Ex-Minister`).</summary>
    private bool IsRole(string word) =>
        EntityKnowledge.IsRoleWord(word, language.Code) || PersonRoles.IsOtherWordForOffice(word)
        || (word.Length > 4 && word.StartsWith("ex", StringComparison.OrdinalIgnoreCase) && EntityKnowledge.IsRoleWord(word[2..].TrimStart('-'), language.Code));

    /// <summary>A definite plural description (`los abogados`, `les syndicats`, `gli esperti`, `os moradores`): a group, whom no one name fits.</summary>
    private bool IsGroup(List<Word> phrase) =>
        phrase.Count > 1 && language.PluralDeterminers.Contains(phrase[0].Lower) && !phrase[0].IsCapitalized && !phrase[1].IsCapitalized;

    /// <summary>`su portavoz`, `il suo legale`, `o seu assessor`: someone's someone, not that someone.</summary>
    private bool OpensWithPossessive(List<Word> phrase) =>
        phrase.Count > 1 && (language.Possessives.Contains(phrase[0].Lower)
            || (phrase.Count > 2 && language.Determiners.Contains(phrase[0].Lower) && language.Possessives.Contains(phrase[1].Lower)));

    /// <summary>Where the subject starts after the addressee that opens at <paramref name="at"/>: its next article, or -1.</summary>
    private int SubjectAfterRecipient(IReadOnlyList<Word> words, int at)
    {
        for (var k = at + 2; k < words.Count && k - at <= MaxPhraseWords && !Breaks(words[k - 1].End, words[k].Start); k++)
        {
            if (!words[k].IsCapitalized && (language.Determiners.Contains(words[k].Lower) || language.Indefinites.Contains(words[k].Lower)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>`el portavoz del Gobierno Luis Romero`: the name after a role's complement, which is no complement itself.</summary>
    private List<Word>? ComplementThenName(List<Word> words, List<Word> run)
    {
        var at = words.FindIndex(w => w.Start == run[0].Start);
        var role = at;
        while (role > 0 && at - role < MaxDescriptionWords && (language.Prepositions.Contains(words[role - 1].Lower) || language.Determiners.Contains(words[role - 1].Lower)))
        {
            role--;
        }

        return role < at && role > 0 && EntityKnowledge.IsRoleWord(words[role - 1].Text, language.Code) ? people.NameAfterComplement(run) : null;
    }

    /// <summary>`der Verkehrsminister Jonas Weber` → `Verkehrsminister`: the words before the name in its clause, without the article.</summary>
    private string? RoleBefore(List<Word> words, int at)
    {
        var start = at;
        while (start > 0 && at - start < MaxDescriptionWords && !Breaks(words[start - 1].End, words[start].Start) && !language.Indefinites.Contains(words[start - 1].Lower))
        {
            start--;
        }

        if (!Enumerable.Range(start, at - start).Any(k => IsRole(words[k].Text)))
        {
            // `la alcaldesa de Villanueva del Río Marta Ruiz`: a complement longer than the window; go back over it to its role word.
            var role = start - 1;
            while (role >= 0 && at - role < MaxPhraseWords && !Breaks(words[role].End, words[role + 1].Start)
                && (words[role].IsCapitalized || language.Prepositions.Contains(words[role].Lower) || language.Determiners.Contains(words[role].Lower)))
            {
                role--;
            }

            start = role >= 0 && at - role < MaxPhraseWords && IsRole(words[role].Text) ? role : start;
        }

        while (start < at && IsFunctionWord(words[start].Lower))
        {
            // `der Verkehrsminister`, and `Auch`, `Nachdem`, `und` opening the clause: no part of a role.
            start++;
        }

        if (language.CapitalisesNouns && (start = CapitalisedRole.Start(words, start, at, language)) < 0)
        {
            // A German role is a noun phrase (`Trainer`, `neue Landrätin`); `darf`, `und sagt`, `so` before a name are no role.
            return null;
        }

        return start < at ? text[words[start].Start..words[at - 1].End] : null;
    }

    private bool IsFunctionWord(string lower) =>
        language.Determiners.Contains(lower) || language.StopWords.Contains(lower) || language.Conjunctions.Contains(lower) || language.Subordinators.Contains(lower);

    /// <summary>The name that is the whole of <paramref name="phrase"/>, an apposition: `…, Luana estava grávida` is a new clause's subject.</summary>
    private SpeakerCandidate? PersonAt(List<Word> phrase)
    {
        var runs = people.Runs(phrase);
        return runs.Count > 0 && runs[0][0].Start == phrase[0].Start && runs[0][^1].Start == phrase[^1].Start && people.AsPerson(runs[0]) is { } person
            ? Candidate(person, null)
            : null;
    }

    private SpeakerCandidate Candidate(List<Word> person, string? role)
    {
        var words = people.Fullest(person.Select(w => w.Text).ToList());
        var written = string.Join(' ', words);
        return new SpeakerCandidate(CandidateKind.Name, words, person[0].Start, written)
        {
            Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
            Gender = people.GivenNameGender(words[0]),
        };
    }

    /// <summary>
    /// Where the main clause starts when <paramref name="words"/> open with a subordinate one (`Nachdem Weber gegangen war,
    /// meldete sich Roth`): after its first comma; else 0. A subordinate clause with no comma (`Wie Weber sagte`) is the whole.
    /// </summary>
    private int MainClauseStart(IReadOnlyList<Word> words)
    {
        if (words.Count < 3 || !language.Subordinators.Contains(words[0].Lower))
        {
            return 0;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(','))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Where the clause holding the word at <paramref name="verb"/> starts: after the last comma, colon or dash before it.</summary>
    private int ClauseStart(IReadOnlyList<Word> words, int verb)
    {
        var start = Math.Min(verb, words.Count - 1);
        while (start > 0 && text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).IndexOfAny(",;:—–") < 0)
        {
            start--;
        }

        return start;
    }

    /// <summary>Where the clause that starts at <paramref name="at"/> ends: a comma, bracket, colon or dash between two words.</summary>
    private int ClauseEnd(IReadOnlyList<Word> words, int at, int maxWords = MaxPhraseWords)
    {
        var end = at + 1;
        while (end < words.Count && end - at < maxWords)
        {
            if (!Breaks(words[end - 1].End, words[end].Start))
            {
                end++;
            }
            else if (IsBracketedAbbreviation(words, end))
            {
                // `der Präsident der UN-Klimakonferenz (COP27) und Außenminister X`: the body's abbreviation, not the phrase's end.
                end += 2;
            }
            else
            {
                break;
            }
        }

        return Math.Min(end, words.Count);
    }

    /// <summary>`(COP27)`, `(EZB)`: one word of capitals and digits alone in brackets, the phrase going on after them.</summary>
    private bool IsBracketedAbbreviation(IReadOnlyList<Word> words, int at) =>
        at + 1 < words.Count && words[at].Text.All(c => char.IsUpper(c) || char.IsAsciiDigit(c))
        && text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim().SequenceEqual("(")
        && text.AsSpan(words[at].End, words[at + 1].Start - words[at].End).Trim().SequenceEqual(")");

    private bool Breaks(int from, int to) => text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()—–");

    private static List<Word> Slice(IReadOnlyList<Word> words, int from, int to) => words.Skip(from).Take(to - from).ToList();
}
