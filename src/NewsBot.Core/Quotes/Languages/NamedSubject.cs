namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Finds the person a subject phrase names (`der Verkehrsminister Jonas Weber`, `alcaldesa de Villanueva Marta Ruiz`), with
/// the role written before the name, and skips names that only stand in a complement (`director del Instituto`).
/// </summary>
internal sealed class NamedSubject(string text, LanguageKnowledge language, PersonNames people, ClauseEdges clauses)
{
    /// <summary>The first person named in <paramref name="phrase"/> from <paramref name="from"/> on, not inside a complement (`del Poder Ejecutivo`).</summary>
    public SpeakerCandidate? Person(List<Word> phrase, int from, bool inverted = false, bool beforeVerb = false)
    {
        var words = ClauseEdges.Slice(phrase, from, phrase.Count);
        foreach (var run in people.Runs(words).Where(r => !ApostrophePossessor.Owns(text, r)))
        {
            // After a role and its preposition (`alcaldesa de Villanueva Marta Ruiz`) the run opens with the complement's place or body.
            var afterRole = ComplementThenName(words, run);
            // `disse Bernardinho`, `Loriot erklärte:`: the run is all that stands between the verb and its clause's edge.
            var slot = run[0].Start == words[0].Start && (inverted || (beforeVerb && run[^1].Start == words[^1].Start));
            if ((afterRole ?? people.AsPerson(run, subjectSlot: slot)) is not { } person)
            {
                if (SubjectPhrase.IsAcronym(run) && run[0].Start == words[0].Start && !SubjectPhrase.IsRole(run[0].Text, language))
                {
                    return SubjectPhrase.Expanded(text, new SpeakerCandidate(CandidateKind.Name, [run[0].Text], run[0].Start, run[0].Text));
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
        var capitalisedRole = false;
        for (var k = at - 1; k >= 0 && at - k <= SubjectPhrase.MaxDescriptionWords; k--)
        {
            if (language.Prepositions.Contains(words[k].Lower))
            {
                return (k > 0 || at - k == 1) && (!capitalisedRole || GermanTopicComplement.Governs(words[k].Lower));
            }

            var role = SubjectPhrase.IsRole(words[k].Text, language);
            if (words[k].IsCapitalized && language.CapitalisesNouns && (role || GermanTopicComplement.IsRoleNoun(words[k].Text)))
            {
                // `über den Grünen-Vorsitzenden Tarek Holm`: German capitalises the role noun of a complement too.
                capitalisedRole = role = true;
            }
            else if (words[k].IsCapitalized || clauses.Breaks(words[k].End, words[k + 1].Start) || language.Verbs.Contains(words[k].Lower)
                || !(language.Determiners.Contains(words[k].Lower) || role))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>`el portavoz del Gobierno Luis Romero`: the name after a role's complement, which is no complement itself.</summary>
    private List<Word>? ComplementThenName(List<Word> words, List<Word> run)
    {
        var at = words.FindIndex(w => w.Start == run[0].Start);
        var role = at;
        while (role > 0 && at - role < SubjectPhrase.MaxDescriptionWords && (language.Prepositions.Contains(words[role - 1].Lower) || language.Determiners.Contains(words[role - 1].Lower)))
        {
            role--;
        }

        return role < at && role > 0 && EntityKnowledge.IsRoleWord(words[role - 1].Text, language.Code) ? people.NameAfterComplement(run) : null;
    }

    /// <summary>`der Verkehrsminister Jonas Weber` → `Verkehrsminister`: the words before the name in its clause, without the article.</summary>
    private string? RoleBefore(List<Word> words, int at)
    {
        var start = at;
        while (start > 0 && at - start < SubjectPhrase.MaxDescriptionWords && !clauses.Breaks(words[start - 1].End, words[start].Start) && !language.Indefinites.Contains(words[start - 1].Lower))
        {
            start--;
        }

        if (!Enumerable.Range(start, at - start).Any(k => SubjectPhrase.IsRole(words[k].Text, language)))
        {
            // `la alcaldesa de Villanueva del Río Marta Ruiz`: a complement longer than the window; go back over it to its role word.
            var role = start - 1;
            while (role >= 0 && at - role < SubjectPhrase.MaxPhraseWords && !clauses.Breaks(words[role].End, words[role + 1].Start)
                && (words[role].IsCapitalized || language.Prepositions.Contains(words[role].Lower) || language.Determiners.Contains(words[role].Lower)))
            {
                role--;
            }

            start = role >= 0 && at - role < SubjectPhrase.MaxPhraseWords && SubjectPhrase.IsRole(words[role].Text, language) ? role : start;
        }

        while (start < at && SubjectPhrase.IsFunctionWord(words[start].Lower, language))
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

    /// <summary>The name that is the whole of <paramref name="phrase"/>, an apposition: `…, Luana estava grávida` is a new clause's subject.</summary>
    public SpeakerCandidate? PersonAt(List<Word> phrase)
    {
        var runs = people.Runs(phrase);
        return runs.Count > 0 && runs[0][0].Start == phrase[0].Start && runs[0][^1].Start == phrase[^1].Start && people.AsPerson(runs[0]) is { } person
            ? Candidate(person, null)
            : null;
    }

    public SpeakerCandidate Candidate(List<Word> person, string? role)
    {
        var words = people.Fullest(person.Select(w => w.Text).ToList());
        var written = string.Join(' ', words);
        return new SpeakerCandidate(CandidateKind.Name, words, person[0].Start, written)
        {
            Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
            Gender = people.NameGender(words),
        };
    }
}
