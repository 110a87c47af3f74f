using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Which runs of capitalised words name a person in an article of one language, and the article's people in order,
/// which pronouns, dropped subjects and `the minister` refer back to.
/// </summary>
internal sealed class PersonNames(string text, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
{
    private const double MinPersonConfidence = 0.4;

    private List<PersonMention>? _people;
    private HashSet<string>? _surnames;

    /// <summary>The person a run names, its leading role and title words set aside (`SCR-Sportchef Zoran Barisic` → `Zoran Barisic`), or null.</summary>
    public List<Word>? AsPerson(IReadOnlyList<Word> run)
    {
        var start = FirstGivenName(run);
        var titled = false;
        if (start < 0)
        {
            start = 0;
            while (start < run.Count - 1 && IsLeadingNonName(run[start]))
            {
                titled |= EntityKnowledge.IsRoleWord(run[start].Text, language.Code) || NameLexicon.Honorifics.Contains(run[start].Text);
                start++;
            }
        }

        var words = run.Skip(start).ToList();
        if (words[^1].Text.Length < 2 || words.Any(w => IsAcronym(w.Text)))
        {
            return null;
        }

        if (words.Count == 1 && KnownSurnames().Contains(words[0].Text))
        {
            return words;
        }

        var guess = EntityKnowledge.Classify(words.Select(w => w.Text).ToList(), language.Code);
        if (guess.Kind != EntityKind.Person || guess.Confidence < MinPersonConfidence)
        {
            return null;
        }

        if (words.Count >= 2)
        {
            // German nouns compound without end: a run of unknown capitalised words needs one known name among them.
            return words.Any(w => EntityKnowledge.IsGivenName(w.Text) || EntityKnowledge.IsSurname(w.Text)) ? words : null;
        }

        var word = words[0].Text;
        var ordinary = EntityKnowledge.IsCommonWord(word, language.Code);
        return !ordinary && (titled || EntityKnowledge.IsGivenName(word) || EntityKnowledge.IsSurname(word)) ? words : null;
    }

    /// <summary>The latest person named before <paramref name="position"/> and after <paramref name="notBefore"/>, outside quotes, who fits <paramref name="gender"/>.</summary>
    public PersonMention? Latest(int position, int notBefore, Gender gender)
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

            if (gender == Gender.Unknown || person.Gender == Gender.Unknown || person.Gender == gender)
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
        var words = WordTokenizer.Tokenize(text, 0, text.Length);
        foreach (var run in NameMentionReader.Runs(text, words))
        {
            if (!segments.Any(s => s.Content.Contains(run[0].Start)) && AsPerson(run) is { } person && !IsComplement(words, person[0]))
            {
                _people.Add(new PersonMention(person[0].Start, person.Select(w => w.Text).ToList(), GenderOf(person)));
            }
        }

        return _people;
    }

    /// <summary>`director del Instituto`, `a petición de Bukele`: a name after a preposition is no one's subject (`por` and `par` introduce agents, which are).</summary>
    private bool IsComplement(List<Word> words, Word first)
    {
        var at = words.BinarySearch(first, Comparer<Word>.Create((a, b) => a.Start.CompareTo(b.Start)));
        var before = at > 0 ? words[at - 1].Lower : string.Empty;
        return language.Prepositions.Contains(before) && before is not ("por" or "par" or "per" or "pelo" or "pela")
            && text.AsSpan(words[at - 1].End, first.Start - words[at - 1].End).IsWhiteSpace();
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
        foreach (var run in NameMentionReader.Runs(text, words))
        {
            if (run.Count >= 2 && AsPerson(run) is { Count: >= 2 } person)
            {
                _surnames.Add(person[^1].Text);
            }
        }

        return _surnames;
    }

    private static Gender GenderOf(List<Word> person)
    {
        var first = person[0].Text.Split('-')[0];
        return EntityKnowledge.GenderOf(first);
    }

    private int FirstGivenName(IReadOnlyList<Word> run)
    {
        for (var i = 0; i < run.Count - 1; i++)
        {
            if (run[i].Text.Split('-').Any(EntityKnowledge.IsGivenName) && !EntityKnowledge.IsRoleWord(run[i].Text, language.Code))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A title, a role or, where every noun is capitalised (German) or the sentence starts, an ordinary word before the name
    /// (`Doch Weber`, `Verkehrsminister Weber`); elsewhere a capitalised ordinary word is part of a name (`Grazia Conti`).
    /// </summary>
    private bool IsLeadingNonName(Word word) =>
        EntityKnowledge.IsRoleWord(word.Text, language.Code) || NameLexicon.Honorifics.Contains(word.Text) || IsCompoundOfCommonWord(word.Text)
        || (EntityKnowledge.IsCommonWord(word.Text, language.Code) && (language.CapitalisesNouns || OpensSentence(word.Start)));

    private bool OpensSentence(int position)
    {
        var i = position - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || QuoteMarks.IsOpeningChar(text[i])))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '—' or '–' or '-';
    }

    /// <summary>`Macron-Berater`, `SCR-Sportchef`: a compound whose last part is an ordinary noun is a description.</summary>
    private bool IsCompoundOfCommonWord(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash < word.Length - 1 && EntityKnowledge.IsCommonWord(word[(dash + 1)..], language.Code);
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '-');
}
