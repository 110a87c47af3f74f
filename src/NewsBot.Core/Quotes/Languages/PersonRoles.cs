using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The roles the article gives its people, wherever it gives them (`el fiscal general colombiano Francisco Barbosa`,
/// `Francisco Barbosa, fiscal general de Colombia,`, `El fiscal general de Colombia, Francisco Barbosa,`), so that a later
/// description (`indicó el fiscal general`, `disse o jogador`, `sagte der Konzernchef`) finds the one person it fits.
/// </summary>
internal sealed class PersonRoles(string text, LanguageKnowledge language)
{
    private const int MinCompoundHead = 5;

    private readonly List<(PersonMention Person, HashSet<string> Words, Gender Article)> _roles = [];
    private readonly RoleWordsReader _reader = new(text, language);

    /// <summary>Records the role words around a person's name, <paramref name="at"/>..<paramref name="end"/> in <paramref name="words"/>.</summary>
    public void Add(PersonMention person, IReadOnlyList<Word> words, int at, int end)
    {
        var roleWords = _reader.Read(words, at, end, out var article);
        if (roleWords.Count > 0)
        {
            _roles.Add((person, roleWords, article));
        }
    }

    /// <summary>
    /// The person a definite description refers to: the one whose role shares the description's head noun, the latest named
    /// before <paramref name="position"/> with the most shared words; null when no one, or more than one person, has that role.
    /// </summary>
    public PersonMention? Described(IReadOnlyList<Word> description, Gender gender, int position)
    {
        var (best, tied) = Match(description, gender, position, agreeing: true);
        // `agregó el presidente` after `el presidente de la Asamblea, Ernesto Castro,` and `el presidente Nayib Bukele`: the one whose
        // office names no body (a body is told by its capital, so not in German).
        (best, tied) = tied && !language.CapitalisesNouns && OfficeContent(description).Count == 1 ? Match(description, gender, position, agreeing: true, bareOffice: true) : (best, tied);
        return tied ? null : best;
    }

    /// <summary>Whether the article gave the person named <paramref name="person"/> roles, none of them <paramref name="head"/> nor its office.</summary>
    public bool HasOnlyOtherRoles(IReadOnlyList<string> person, string head)
    {
        var theirs = _roles.Where(r => r.Person.Words.Count > 0 && person.Count > 0 && r.Person.Words[^1] == person[^1]).ToList();
        return theirs.Count > 0 && !theirs.Any(r => Holds(r.Words, head) || OfficeSynonyms.AsOffice([head]).Any(o => Holds(r.Words, o)));
    }

    /// <summary>Whether the article gave the person named <paramref name="person"/> no role at all.</summary>
    public bool HasNoRole(IReadOnlyList<string> person) => person.Count == 0 || !_roles.Exists(r => r.Person.Words.Count > 0 && r.Person.Words[^1] == person[^1]);

    /// <summary>Whether anyone named before <paramref name="position"/> was given the description's role, be it one person or several.</summary>
    public bool AnyHolds(IReadOnlyList<Word> description, Gender gender, int position) => Match(description, gender, position).Best is not null;

    /// <summary>
    /// Whether the article gave the person named <paramref name="person"/> roles, none of them the office the description
    /// names (`la rettrice` for the one it called `la sua vice`; `il primo cittadino` is still `il sindaco`).
    /// </summary>
    public bool DescribesOther(IReadOnlyList<string> person, IReadOnlyList<Word> description) =>
        OfficeContent(description) is [var head, ..] && HasOnlyOtherRoles(person, head);

    private List<string> OfficeContent(IReadOnlyList<Word> description)
    {
        var content = description.Where(w => IsContent(w.Lower)).Select(w => w.Lower).ToList();
        if (content.Count > 1 && HeadOf.Contains(content[0]))
        {
            // `la titular de Interior`: the head of the body named after it, the person whose role names that body.
            content.RemoveAt(0);
        }

        return OfficeSynonyms.AsOffice(GermanTitleAdjective.Strip(content, language.Code));
    }

    private (PersonMention? Best, bool Tied) Match(IReadOnlyList<Word> description, Gender gender, int position, bool agreeing = false, bool bareOffice = false)
    {
        var content = OfficeContent(description);
        if (content.Count == 0)
        {
            return (null, false);
        }

        PersonMention? best = null;
        var bestShared = 0;
        var tied = false;
        foreach (var (person, words, article) in _roles)
        {
            if (person.Start >= position || !Holds(words, content[0]) || !GenderFits(person, article, gender) || (agreeing && OfficeModifiers.Disagree(text, description, words, c => Holds(words, c), language))
                || (bareOffice && OfficeModifiers.NamesBody(text, words, content, language)))
            {
                continue;
            }

            var shared = content.Count(c => Holds(words, c));
            if (shared > bestShared)
            {
                (best, bestShared, tied) = (person, shared, false);
            }
            else if (shared == bestShared && best is not null && !SamePerson(best, person))
            {
                tied = true;
            }
        }

        // Two people with the same role: the description could be either, so it is neither.
        return (best, tied);
    }

    /// <summary>
    /// The description's article agrees with the person's gender, or with the article the text introduced them with: `il
    /// dirigente Grazia Cialdella` is then `il dirigente`, though Grazia is a woman's name (an epicene role keeps the masculine).
    /// </summary>
    private static bool GenderFits(PersonMention person, Gender article, Gender gender) =>
        gender == Gender.Unknown || person.Gender == Gender.Unknown || person.Gender == gender || article == gender;

    /// <summary>
    /// A role word of the person's, or one that names the same office (`el Mandatario` for `el Presidente Boric`), or in German the
    /// head of one of its compounds (`Hafenministerin` holds `ministerin`).
    /// </summary>
    private bool Holds(HashSet<string> roleWords, string word) =>
        roleWords.Contains(word) || GenericOfficeNouns.HeldBy(word, roleWords.Contains) || (language.CapitalisesNouns && word.Length >= MinCompoundHead && roleWords.Any(r => r.EndsWith(word, StringComparison.Ordinal)));

    /// <summary>Whether <paramref name="word"/> is the press's other word for an office (`Mandatario`), a role the lexicon may not list.</summary>
    public static bool IsOtherWordForOffice(string word) => GenericOfficeNouns.Contains(word.ToLowerInvariant());

    /// <summary>Whether <paramref name="lower"/> means the head of the body named after it (`titular`, `titulaire`, `titolare`).</summary>
    public static bool IsHeadOf(string lower) => HeadOf.Contains(lower);

    /// <summary>Nouns that mean the head of the body named after them (`la titular de Interior`, `le titulaire du portefeuille`).</summary>
    private static readonly FrozenSet<string> HeadOf =
        LanguageKnowledge.Set("titular", "titulaire", "titolare");

    /// <summary>The same last word, or every word of the shorter mention in the longer: `Presidente Carvajal` is `Mauricio Carvajal Ibáñez`.</summary>
    private static bool SamePerson(PersonMention a, PersonMention b) =>
        a.Words[^1] == b.Words[^1] || (a.Words.Count < b.Words.Count ? a.Words.All(b.Words.Contains) : b.Words.All(a.Words.Contains));

    private bool IsContent(string lower) => RoleWordsReader.IsContent(lower, language);
}
