using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Which runs of capitalised words name a person in an article of one language, and the article's people in order,
/// which pronouns, dropped subjects and `the minister` refer back to.
/// </summary>
internal sealed class PersonNames(string text, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
{
    private const double MinPersonConfidence = 0.4;
    private const double MinLoneNameConfidence = 0.5;

    private List<PersonMention>? _people;
    private HashSet<string>? _surnames;

    /// <summary>
    /// The person a run names, its leading role and title words set aside (`SCR-Sportchef Zoran Barisic` → `Zoran Barisic`), or null.
    /// <paramref name="subjectSlot"/>: the run stands where a reporting verb wants its subject (`disse Bernardinho`), where a
    /// lone unknown word the lexicon cannot place is a name rather than a noun.
    /// </summary>
    public List<Word>? AsPerson(IReadOnlyList<Word> run, bool subjectSlot = false)
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
        if (!words[0].IsCapitalized || words[^1].Text.Length < 2 || words.Any(w => IsAcronym(w.Text)) || run.Any(w => IsBodyWord(w.Text)))
        {
            // `Instituto Antártico de Chile`, `Washington Post`: an organisation's words anywhere in the run name no person.
            return null;
        }

        if (words.Count == 1 && (KnownSurnames().Contains(words[0].Text) || (titled && EntityKnowledge.IsSurname(words[0].Text))))
        {
            // `Barisic` after `Zoran Barisic`; `Presidente Romero`, a surname after a title, whatever else the word means.
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
        var lone = subjectSlot && guess.Confidence >= MinLoneNameConfidence;
        return !ordinary && (titled || lone || EntityKnowledge.IsGivenName(word) || EntityKnowledge.IsSurname(word)) ? words : null;
    }

    /// <summary>Runs of capitalised words, with a trailing `d’Aubuisson` kept in the name.</summary>
    public List<List<Word>> Runs(IReadOnlyList<Word> words)
    {
        var runs = NameMentionReader.Runs(text, words);
        foreach (var run in runs)
        {
            var next = IndexAfter(words, run[^1]);
            if (next < words.Count && IsElidedParticle(words[next]) && text.AsSpan(run[^1].End, words[next].Start - run[^1].End) is " ")
            {
                run.Add(words[next]);
            }
        }

        return runs;
    }

    /// <summary>The fullest form the article gives of a person's name: `Martínez` → `Juan Martínez d’Aubuisson`.</summary>
    public IReadOnlyList<string> Fullest(IReadOnlyList<string> words)
    {
        IReadOnlyList<string> best = words;
        foreach (var person in People())
        {
            if (person.Words.Count > best.Count && Contains(person.Words, words))
            {
                best = person.Words;
            }
        }

        if (best.Count == words.Count && words.Count == 1)
        {
            // `Marie-Pierre` after `Marie-Pierre Dausse`: a first name stands for the one person of the article who has it.
            var bearers = People().Where(p => p.Words.Count > 1 && p.Words[0] == words[0]).Select(p => p.Words[^1]).Distinct().Count();
            best = bearers == 1 ? People().First(p => p.Words.Count > 1 && p.Words[0] == words[0]).Words : best;
        }

        return best;
    }

    private static bool Contains(IReadOnlyList<string> full, IReadOnlyList<string> part)
    {
        var at = 0;
        foreach (var word in full)
        {
            at += at < part.Count && word == part[at] ? 1 : 0;
        }

        // A lone first name is no reference to a full name (`Juan` is not `Juan Pérez`), a surname is.
        return at == part.Count && !(part.Count == 1 && full[0] == part[0]);
    }

    private static int IndexAfter(IReadOnlyList<Word> words, Word word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start > word.Start)
            {
                return i;
            }
        }

        return words.Count;
    }

    private static bool IsElidedParticle(Word word) =>
        word.Text.Length > 3 && word.Text[0] is 'd' && word.Text[1] is '\'' or '’' && char.IsUpper(word.Text[2]);

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
        foreach (var run in Runs(words))
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
        if (at > 1 && language.Determiners.Contains(before))
        {
            // `de las Américas`, `à la Stampa`.
            before = words[at - 2].Lower;
        }

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
        foreach (var run in Runs(words))
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

    /// <summary>
    /// Where the name starts: at its given name. A given name that is also an ordinary word opening the sentence (`Mas`,
    /// `Marie`) counts only before a known surname (`Marie Dupont`, not `Mas Serginho`).
    /// </summary>
    private int FirstGivenName(IReadOnlyList<Word> run)
    {
        for (var i = 0; i < run.Count - 1; i++)
        {
            var word = run[i];
            if (!word.Text.Split('-').Any(EntityKnowledge.IsGivenName) || EntityKnowledge.IsRoleWord(word.Text, language.Code))
            {
                continue;
            }

            var ordinaryOpening = EntityKnowledge.IsCommonWord(word.Text, language.Code) && OpensSentence(word.Start);
            if (!ordinaryOpening || EntityKnowledge.IsSurname(run[i + 1].Text))
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

    private static bool IsBodyWord(string word) =>
        EntityKnowledge.IsOrganisationWord(word) && !EntityKnowledge.IsGivenName(word) && !EntityKnowledge.IsSurname(word);

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '-');
}
