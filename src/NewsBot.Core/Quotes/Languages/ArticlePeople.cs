using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The article's people in order, read once from its capitalised runs outside quotes: those named as a clause's subject or
/// object, and those named inside a complement (`ein Artikel von Jürgen Braatz`), with the roles the article gives them.
/// </summary>
internal sealed class ArticlePeople(string text, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language, PersonRunReader runs, PersonNameGender genders)
{
    private List<PersonMention>? _people;
    private readonly List<PersonMention> _complements = [];
    private PersonRoles? _roles;
    private readonly MentionClausePosition _positions = new(text, language);

    /// <summary>People named outside a complement, in order.</summary>
    public List<PersonMention> Named => Read();

    /// <summary>People named inside a complement, in order; <see cref="PersonMention.Participant"/> unless after `of`.</summary>
    public List<PersonMention> InComplements
    {
        get
        {
            Read();
            return _complements;
        }
    }

    /// <summary>The roles the article gives its people, for descriptions that refer back to one of them.</summary>
    public PersonRoles Roles
    {
        get
        {
            Read();
            return _roles!;
        }
    }

    private List<PersonMention> Read()
    {
        if (_people is not null)
        {
            return _people;
        }

        _people = [];
        _roles = new PersonRoles(text, language);
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        foreach (var run in runs.Runs(words))
        {
            if (segments.Any(s => s.Content.Contains(run[0].Start)) || runs.AsPerson(run) is not { } person)
            {
                continue;
            }

            if (_positions.IsComplement(words, person[0]))
            {
                var participant = !language.OfPrepositions.Contains(_positions.PrepositionBefore(words, MentionClausePosition.IndexOf(words, person[0])));
                _complements.Add(new PersonMention(person[0].Start, person.Select(w => w.Text).ToList(), genders.OfRun(run, person)) { Participant = participant });
            }
            else
            {
                var at = MentionClausePosition.IndexOf(words, person[0]);
                var opens = _positions.OpensClause(words, at, _people);
                var objectOfSubject = !opens && _positions.IsObjectOfNamedSubject(words, at, _people);
                var mention = new PersonMention(person[0].Start, person.Select(w => w.Text).ToList(), genders.OfRun(run, person)) { OpensClause = opens, Participant = objectOfSubject };
                _people.Add(mention);
                _roles.Add(mention, words, at, at + person.Count);
            }
        }

        return _people;
    }
}
