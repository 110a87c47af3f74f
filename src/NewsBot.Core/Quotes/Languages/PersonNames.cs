using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The people an article names, for the cue finders: which runs of capitalised words name a person, and the latest person
/// before a position, which pronouns, dropped subjects and `the minister` refer back to.
/// </summary>
internal sealed class PersonNames
{
    private readonly string _text;
    private readonly IReadOnlyList<QuotedSegment> _segments;
    private readonly LanguageKnowledge _language;
    private readonly PersonRunReader _runs;
    private readonly PersonNameGender _genders;
    private readonly ArticlePeople _mentions;

    public PersonNames(string text, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
    {
        _text = text;
        _segments = segments;
        _language = language;
        var familyNamesFirst = new ArticleFamilyNamesFirst(text);
        _runs = new PersonRunReader(text, language, familyNamesFirst);
        _genders = new PersonNameGender(language, familyNamesFirst);
        _mentions = new ArticlePeople(text, segments, language, _runs, _genders);
    }

    /// <summary>The roles the article gives its people, for descriptions that refer back to one of them.</summary>
    public PersonRoles Roles => _mentions.Roles;

    /// <inheritdoc cref="PersonRunReader.AsPerson"/>
    public List<Word>? AsPerson(IReadOnlyList<Word> run, bool subjectSlot = false) => _runs.AsPerson(run, subjectSlot);

    /// <inheritdoc cref="PersonRunReader.NameAfterComplement"/>
    public List<Word>? NameAfterComplement(IReadOnlyList<Word> run) => _runs.NameAfterComplement(run);

    /// <summary>Runs of capitalised words, with a trailing `d’Aubuisson` kept in the name.</summary>
    public List<List<Word>> Runs(IReadOnlyList<Word> words) => _runs.Runs(words);

    /// <inheritdoc cref="ArticleFullNames.HasParticleSurname"/>
    public bool HasParticleSurname(IReadOnlyList<string> surname) => ArticleFullNames.HasParticleSurname(People(), surname);

    /// <inheritdoc cref="ArticleFullNames.Fullest"/>
    public IReadOnlyList<string> Fullest(IReadOnlyList<string> words) => ArticleFullNames.Fullest(People(), words);

    /// <summary>Whether two names end in the same surname, accents aside.</summary>
    public static bool SameSurname(IReadOnlyList<string> a, IReadOnlyList<string> b) => NameSpelling.SameName(FamilyNameFirst.CalledBy(a), FamilyNameFirst.CalledBy(b));

    /// <summary>Whether <paramref name="position"/> lies inside a quotation.</summary>
    public bool InsideQuote(int position) => _segments.Any(s => s.Content.Contains(position));

    /// <summary>The gender of a person mentioned, from the given name of the fullest form the article gives (`Keith` → `Andreas Keith`).</summary>
    public Gender GenderOf(PersonMention person) => person.Gender != Gender.Unknown ? person.Gender : _genders.OfFullName(Fullest(person.Words));

    /// <inheritdoc cref="PersonNameGender.GivenNameGender"/>
    public Gender GivenNameGender(string givenName) => _genders.GivenNameGender(givenName);

    /// <summary>The gender a whole name tells: none for a family name written first.</summary>
    public Gender NameGender(IReadOnlyList<string> words) => _genders.OfWords(words);

    private List<PersonMention> People() => _mentions.Named;

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

    /// <summary>
    /// The latest person named before <paramref name="position"/> and after <paramref name="notBefore"/> as an object or a
    /// participant (`on rencontre Léonie`, `conversamos con Ana`), not as a clause's subject nor inside an `of` complement, who
    /// fits <paramref name="gender"/>; null when there is none.
    /// </summary>
    public PersonMention? LatestParticipant(int position, int notBefore, Gender gender)
    {
        return People().Where(p => !p.OpensClause).Concat(_mentions.InComplements.Where(p => p.Participant))
            .Where(p => p.Start < position && p.Start >= notBefore && GenderOf(p) is var known && (known == Gender.Unknown || known == gender))
            .MaxBy(p => p.Start);
    }

    /// <summary>
    /// Whether someone other than <paramref name="referent"/> who fits <paramref name="gender"/> is named between
    /// <paramref name="from"/> and <paramref name="to"/>, as a subject or not (`Er argumentiert` after `ein Artikel von Jürgen Braatz`).
    /// </summary>
    public bool OtherNamedBetween(IReadOnlyList<string> referent, int from, int to, Gender gender)
    {
        return People().Concat(_mentions.InComplements).Any(p => p.Start >= from && p.Start < to && !NameSpelling.SameName(FamilyNameFirst.CalledBy(p.Words), FamilyNameFirst.CalledBy(referent))
            && (gender == Gender.Unknown || p.Gender == Gender.Unknown || p.Gender == gender));
    }

    /// <inheritdoc cref="ComplementsOfSubject.Only"/>
    public bool OnlyComplementsOfSubject(IReadOnlyList<string> referent, int from, int to, Gender gender, ClauseEdges clauses) =>
        ComplementsOfSubject.Only(_text, _language, _mentions, new ReferentStretch(referent, from, to, gender), clauses);

    /// <summary>
    /// Whether someone other than <paramref name="referent"/> is named between <paramref name="from"/> and <paramref name="to"/>
    /// as a clause's subject or a participant (`con Quiñónez`): a dropped subject continues its clause's subject, not a name that
    /// modifies a noun or stands in apposition (`bajo el gobierno de Iván Duque`, `su par, Sandra Quiñónez,`). Given a
    /// <paramref name="gender"/>, only someone who could be of it.
    /// </summary>
    public bool OtherSubjectBetween(IReadOnlyList<string> referent, int from, int to, Gender gender = Gender.Unknown)
    {
        return People().Concat(_mentions.InComplements).Any(p => (p.OpensClause || p.Participant) && p.Start >= from && p.Start < to && !NameSpelling.SameName(FamilyNameFirst.CalledBy(p.Words), FamilyNameFirst.CalledBy(referent))
            && (gender == Gender.Unknown || GenderOf(p) is var known && (known == Gender.Unknown || known == gender)));
    }

    /// <summary>`Bianchi e Neri si sono incontrati`, `Neri und Bianchi`: the person is named beside another, as one of two subjects.</summary>
    public bool IsCoordinated(PersonMention person) => CoordinatedMention.Is(_text, _language, person);

    /// <summary>How many people are named between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public int CountBetween(int from, int to)
    {
        return People().Concat(_mentions.InComplements).Count(p => p.Start >= from && p.Start < to);
    }
}
