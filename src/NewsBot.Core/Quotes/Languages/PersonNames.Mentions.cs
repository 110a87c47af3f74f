using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>The persons the text has named so far: the latest who fits a pronoun or description, and whether another was named between.</summary>
internal sealed partial class PersonNames
{
    private HashSet<string>? _familyNamesFirst;

    /// <summary>The latest person named before <paramref name="position"/> and after <paramref name="notBefore"/>, outside quotes, who fits <paramref name="gender"/>.</summary>
    public PersonMention? Latest(int position, int notBefore, Gender gender, bool subjectsOnly = false)
    {
        var people = People();
        for (var i = people.Count - 1; i >= 0; i--)
        {
            var person = people[i];
            if (person.Start >= position)
            {
                continue;
            }

            if (person.Start < notBefore)
            {
                return null;
            }

            var known = GenderOf(person);
            if ((gender == Gender.Unknown || known == Gender.Unknown || known == gender) && (person.OpensClause || !subjectsOnly))
            {
                return person;
            }
        }

        return null;
    }

    private List<PersonMention> People()
    {
        if (_people is not null)
        {
            return _people;
        }

        _people = [];
        _roles = new PersonRoles(text, language);
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        foreach (var run in Runs(words))
        {
            if (segments.Any(s => s.Content.Contains(run[0].Start)) || AsPerson(run) is not { } person)
            {
                continue;
            }

            if (_positions.IsComplement(words, person[0]))
            {
                var participant = !language.OfPrepositions.Contains(_positions.PrepositionBefore(words, MentionClausePosition.IndexOf(words, person[0])));
                _others.Add(new PersonMention(person[0].Start, person.Select(w => w.Text).ToList(), GenderOf(run, person)) { Participant = participant });
            }
            else
            {
                var at = MentionClausePosition.IndexOf(words, person[0]);
                var opens = _positions.OpensClause(words, at, _people);
                var objectOfSubject = !opens && _positions.IsObjectOfNamedSubject(words, at, _people);
                var mention = new PersonMention(person[0].Start, person.Select(w => w.Text).ToList(), GenderOf(run, person)) { OpensClause = opens, Participant = objectOfSubject };
                _people.Add(mention);
                _roles.Add(mention, words, at, at + person.Count);
            }
        }

        return _people;
    }

    /// <summary>
    /// The latest person named before <paramref name="position"/> and after <paramref name="notBefore"/> as an object or a
    /// participant (`on rencontre Léonie`, `conversamos con Ana`), not as a clause's subject nor inside an `of` complement, who
    /// fits <paramref name="gender"/>; null when there is none.
    /// </summary>
    public PersonMention? LatestParticipant(int position, int notBefore, Gender gender)
    {
        People();
        return _people!.Where(p => !p.OpensClause).Concat(_others.Where(p => p.Participant))
            .Where(p => p.Start < position && p.Start >= notBefore && GenderOf(p) is var known && (known == Gender.Unknown || known == gender))
            .MaxBy(p => p.Start);
    }

    /// <summary>
    /// Whether someone other than <paramref name="referent"/> who fits <paramref name="gender"/> is named between
    /// <paramref name="from"/> and <paramref name="to"/>, as a subject or not (`Er argumentiert` after `ein Artikel von Jürgen Braatz`).
    /// </summary>
    public bool OtherNamedBetween(IReadOnlyList<string> referent, int from, int to, Gender gender)
    {
        People();
        return _people!.Concat(_others).Any(p => p.Start >= from && p.Start < to && !NameSpelling.SameName(FamilyNameFirst.CalledBy(p.Words), FamilyNameFirst.CalledBy(referent))
            && (gender == Gender.Unknown || p.Gender == Gender.Unknown || p.Gender == gender));
    }

    /// <summary>
    /// Whether everyone else who fits <paramref name="gender"/> between <paramref name="from"/> and <paramref name="to"/> is
    /// named after a preposition in a German sentence the referent opens as its subject (`Brunsmann zeigte sich enttäuscht von
    /// Vosskamp. „…“, sagt sie.`): the pronoun goes on with that sentence's subject, not with the one it was about. Not after
    /// `mit`, nor in the Romance languages, where `con`/`avec` name a companion as often as an object.
    /// </summary>
    public bool OnlyComplementsOfSubject(IReadOnlyList<string> referent, int from, int to, Gender gender, ClauseEdges clauses)
    {
        People();
        foreach (var other in _people!.Concat(_others))
        {
            if (other.Start < from || other.Start >= to || NameSpelling.SameName(FamilyNameFirst.CalledBy(other.Words), FamilyNameFirst.CalledBy(referent))
                || (gender != Gender.Unknown && other.Gender != Gender.Unknown && other.Gender != gender))
            {
                continue;
            }

            var sentence = clauses.SentenceStart(other.Start);
            if (!language.CapitalisesNouns || !_others.Contains(other) || WithCompanion(other.Start) || !_people!.Exists(p => p.OpensClause && p.Start >= sentence && p.Start < other.Start && NameSpelling.SameName(FamilyNameFirst.CalledBy(p.Words), FamilyNameFirst.CalledBy(referent))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>`telefonierte mit Steinhilber`, `besuchte den Hafen mit Marta`: a companion shares the deed, so either may speak next.</summary>
    private bool WithCompanion(int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end >= 3 && text.AsSpan(end - 3, 3).Equals("mit", StringComparison.OrdinalIgnoreCase) && (end == 3 || !char.IsLetter(text[end - 4]));
    }

    /// <summary>
    /// Whether someone other than <paramref name="referent"/> is named between <paramref name="from"/> and <paramref name="to"/>
    /// as a clause's subject or a participant (`con Quiñónez`): a dropped subject continues its clause's subject, not a name that
    /// modifies a noun or stands in apposition (`bajo el gobierno de Iván Duque`, `su par, Sandra Quiñónez,`). Given a
    /// <paramref name="gender"/>, only someone who could be of it.
    /// </summary>
    public bool OtherSubjectBetween(IReadOnlyList<string> referent, int from, int to, Gender gender = Gender.Unknown)
    {
        People();
        return _people!.Concat(_others).Any(p => (p.OpensClause || p.Participant) && p.Start >= from && p.Start < to && !NameSpelling.SameName(FamilyNameFirst.CalledBy(p.Words), FamilyNameFirst.CalledBy(referent))
            && (gender == Gender.Unknown || GenderOf(p) is var known && (known == Gender.Unknown || known == gender)));
    }

    /// <summary>`Bianchi e Neri si sono incontrati`, `Neri und Bianchi`: the person is named beside another, as one of two subjects.</summary>
    public bool IsCoordinated(PersonMention person) => CoordinatedMention.Is(text, language, person);

    /// <summary>How many people are named between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public int CountBetween(int from, int to)
    {
        People();
        return _people!.Concat(_others).Count(p => p.Start >= from && p.Start < to);
    }

    /// <summary>Surnames of the people named in full somewhere in the article: `Barisic` after `Zoran Barisic`.</summary>
    private HashSet<string> KnownSurnames()
    {
        if (_surnames is not null)
        {
            return _surnames;
        }

        _surnames = new HashSet<string>(StringComparer.Ordinal);
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        foreach (var run in Runs(words))
        {
            if (run.Count >= 2 && AsPerson(run) is { Count: >= 2 } person)
            {
                _surnames.Add(person[^1].Text);
                if (person.Count >= 3 && FirstOfTwoSurnames.MayBeSurname(person[^2].Text))
                {
                    // `Moya` after `Andrés Moya Cifuentes`: a Spanish short form keeps the first of two surnames.
                    _surnames.Add(person[^2].Text);
                }
            }
        }

        return _surnames;
    }

    /// <summary>`M. Yoon`, `Mme Park`: where the name tells no gender, the honorific set aside before it does.</summary>
    private Gender GenderOf(List<Word> run, List<Word> person) =>
        GenderOf(person) is var gender and not Gender.Unknown ? gender
        : NameMentionReader.GenderOf(run.TakeWhile(w => w.Start < person[0].Start).Select(w => w.Text.TrimEnd('.')));

    /// <summary>Family names of the people the article names family name first: `Han` after `Han Seung-woo`.</summary>
    private HashSet<string> KnownFamilyNamesFirst()
    {
        if (_familyNamesFirst is not null)
        {
            return _familyNamesFirst;
        }

        _familyNamesFirst = new HashSet<string>(StringComparer.Ordinal);
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (FamilyNameFirst.Is([words[i].Text, words[i + 1].Text]))
            {
                _familyNamesFirst.Add(words[i].Text);
            }
        }

        return _familyNamesFirst;
    }
}
