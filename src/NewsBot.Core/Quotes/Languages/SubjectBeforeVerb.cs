namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Reads the subject written before a reporting verb (`Loriot erklärte:`, `Sein Sprecher ergänzte:`, `la ministra dijo`) or
/// opening the sentence, past a subordinate clause, a relative pronoun's antecedent and names inside complements.
/// </summary>
internal sealed class SubjectBeforeVerb(
    string text, LanguageKnowledge language, PersonNames people, PronounReferent referents, NamedSubject names, DescriptionSubject descriptions, ClauseEdges clauses)
{
    private readonly ParticleSurname _particleSurname = new(language, people);

    /// <summary>The person a sentence opens with, after at most a conjunction or a role (`Und Yücel setzte …`, `SCR-Sportchef Zoran Barisic ist …`), or its opening pronoun.</summary>
    public Subject Opening(IReadOnlyList<Word> words, int anchor, int notBefore)
    {
        var first = words[0].IsCapitalized || words.Count < 2 ? 0 : 1;
        if (language.Pronouns.TryGetValue(words[first].Lower, out var gender) && words[first].IsCapitalized && !language.IsPlural(words[first].Lower, words[first + 1].Lower))
        {
            return referents.Refer(anchor, notBefore, gender, words[first].Start);
        }

        if (clauses.MainClauseStart(words) > 0)
        {
            // `Nachdem Weber gegangen war, …`: the person who opens the sentence is the subordinate clause's subject.
            return Subject.None;
        }

        var runs = people.Runs(ClauseEdges.Slice(words, 0, Math.Min(words.Count, SubjectPhrase.MaxDescriptionWords)));
        if (runs.Count == 0 || runs[0][0].Start > words[1].Start || people.AsPerson(runs[0]) is not { } person)
        {
            return Subject.None;
        }

        return Subject.Of(names.Candidate(person, null));
    }

    /// <summary>The subject among <paramref name="words"/> before a verb at <paramref name="verb"/>.</summary>
    public Subject Read(IReadOnlyList<Word> words, int verb, int anchor, int notBefore)
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

            return referents.Refer(anchor, notBefore, gender, words[verb - 1].Start);
        }

        if (RelativeAntecedent(words, verb) is { } antecedent)
        {
            return Subject.Of(antecedent);
        }

        if (RelativeClauseSubject.Opens(text, words, verb, clauses, language) is var relative and > 0)
        {
            // `Un comerciante del centro, que pidió no ser identificado, relató:`: the subject stands before the relative clause.
            return Read(ClauseEdges.Slice(words, 0, relative), relative, anchor, notBefore);
        }

        if (IndefiniteOpener.Opens(words, clauses.ClauseStart(words, verb), verb, language))
        {
            // `Fuentes del ministerio aseguraron`: `Fuentes` is also a surname, but here it opens an indefinite group.
            return Subject.Anonymous(words[clauses.ClauseStart(words, verb)].Start);
        }

        if (GovernmentBody.Find(text, words, clauses.ClauseStart(words, verb), verb, language) is { } body)
        {
            return Subject.Of(body);
        }

        if (ElidedOpening(words, verb) is { } split)
        {
            // `L'assessora ha replicato:`: the tokenizer keeps the elided article and its noun as one word, so no description opened.
            return Read(split, verb + 1, anchor, notBefore);
        }

        var clause = ClauseEdges.Slice(words = RespectfulCapital.Lower(words, language, people), 0, verb);
        if (_particleSurname.EndingBefore(words, verb) is { } particled)
        {
            return Subject.Of(names.Candidate([.. particled], null));
        }

        if (names.Person(clause, clauses.MainClauseStart(clause), beforeVerb: verb < words.Count) is { } person)
        {
            return Subject.Of(person);
        }

        // `(como é conhecido o ex-prefeito) respondeu`: a description inside brackets is an aside, not the subject.
        var description = Math.Max(0, verb - SubjectPhrase.MaxDescriptionWords);
        for (var k = verb - 1; k >= description; k--)
        {
            if (k + 1 < words.Count && clauses.Breaks(words[k].End, words[k + 1].Start))
            {
                description = k + 1;
                break;
            }
        }

        for (var i = verb - 1; i >= description; i--)
        {
            if (language.Indefinites.Contains(words[i].Lower))
            {
                return IndefiniteSpokespersonSubject.Read(text, ClauseEdges.Slice(words, i, verb), anchor, notBefore, language, descriptions) ?? Subject.Anonymous(words[0].Start);
            }

            if (language.Determiners.Contains(words[i].Lower) && (i == 0 || !language.Prepositions.Contains(words[i - 1].Lower)) && !IsGenitive(words, i))
            {
                return descriptions.Describe(ClauseEdges.Slice(words, i, verb), anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(words[i].Lower));
            }
        }

        // `…, el presidente de la Asamblea continuó diciendo:`: the clause opens with its subject, however long.
        var opens = clauses.ClauseStart(words, verb);
        if (opens < verb - 2 && language.Conjunctions.Contains(words[opens].Lower) && !language.Subordinators.Contains(words[opens].Lower))
        {
            // `Doch der Aktivist … sagt:`: a coordinating conjunction opens the clause, its subject comes next.
            opens++;
        }

        if (opens < verb - 1 && SubjectPhrase.OpensWithPossessive(ClauseEdges.Slice(words, opens, verb), language))
        {
            // `Sein Sprecher ergänzte:`: the spokesman, not the man whose he is.
            return Subject.Anonymous(words[opens].Start);
        }

        if (opens < verb - 1 && language.Indefinites.Contains(words[opens].Lower))
        {
            return IndefiniteSpokespersonSubject.Read(text, ClauseEdges.Slice(words, opens, verb), anchor, notBefore, language, descriptions) ?? Subject.Anonymous(words[opens].Start);
        }

        if (opens < verb - 1 && language.Determiners.Contains(words[opens].Lower))
        {
            return descriptions.Describe(ClauseEdges.Slice(words, opens, verb), anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(words[opens].Lower));
        }

        // German `sie` anywhere in the clause may be they (`wenn sie … verleihen wollen:`): only next to its verb does it tell.
        var pronoun = clause.FindIndex(w => language.Pronouns.ContainsKey(w.Lower) && !language.AlsoPluralPronouns.Contains(w.Lower));
        return pronoun >= 0 ? referents.Refer(anchor, notBefore, language.Pronouns[clause[pronoun].Lower], clause[pronoun].Start) : Subject.None;
    }

    /// <summary>
    /// `Die Erklärung des Mitbegründers des Augusta National Clubs, Cliff Roberts, der 1933 sagte, dass …`: a German relative
    /// clause's verb has the person named right before its comma as subject, not a name earlier in the sentence.
    /// </summary>
    private SpeakerCandidate? RelativeAntecedent(IReadOnlyList<Word> words, int verb)
    {
        var pronoun = clauses.ClauseStart(words, verb);
        if (!language.CapitalisesNouns || pronoun == 0 || pronoun >= verb || words[pronoun].Lower is not ("der" or "die") || words[pronoun].IsCapitalized
            || !text.AsSpan(words[pronoun - 1].End, words[pronoun].Start - words[pronoun - 1].End).Contains(',')
            || Enumerable.Range(pronoun + 1, verb - pronoun - 1).Any(k => words[k].IsCapitalized))
        {
            return null;
        }

        var antecedent = clauses.ClauseStart(words, pronoun - 1);
        return names.Person(ClauseEdges.Slice(words, antecedent, pronoun), 0);
    }

    /// <summary>The clause's words with its opening `l'` split off its noun (`L'assessora`, `e l'avvocata`) in a language that drops subjects; null when the clause opens otherwise.</summary>
    private IReadOnlyList<Word>? ElidedOpening(IReadOnlyList<Word> words, int verb)
    {
        if (!language.DropsSubject)
        {
            // French writes `l'` before bodies and abstractions as often as before roles (`L'accumulation d'études est …`), and
            // its subjects are never dropped, so the split only ever changed a sentence whose subject was not a person.
            return null;
        }

        var opens = clauses.ClauseStart(words, verb);
        if (opens < verb - 1 && language.Conjunctions.Contains(words[opens].Lower))
        {
            opens++;
        }

        if (opens >= verb)
        {
            return null;
        }

        var split = ElidedArticle.Split(words, opens, language);
        return ReferenceEquals(split, words) ? null : split;
    }

    /// <summary>`der Aktivist der Gewerkschaft`: a German `der`/`des` right after a noun links a genitive, it opens no subject.</summary>
    private bool IsGenitive(IReadOnlyList<Word> words, int article) =>
        language.CapitalisesNouns && article > 0 && words[article - 1].IsCapitalized && words[article].Lower is "der" or "des"
        && !clauses.Breaks(words[article - 1].End, words[article].Start);

}
