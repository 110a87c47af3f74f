using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>The persons the text has named so far: the latest who fits a pronoun or description, whether another was named between, and where a name stands in its clause.</summary>
internal sealed partial class PersonNames
{
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

            if (IsComplement(words, person[0]))
            {
                var participant = !language.OfPrepositions.Contains(PrepositionBefore(words, IndexOf(words, person[0])));
                _others.Add(new PersonMention(person[0].Start, person.Select(w => w.Text).ToList(), GenderOf(person)) { Participant = participant });
            }
            else
            {
                var at = IndexOf(words, person[0]);
                var opens = OpensClause(words, at);
                var objectOfSubject = !opens && IsObjectOfNamedSubject(words, at);
                var mention = new PersonMention(person[0].Start, person.Select(w => w.Text).ToList(), GenderOf(person)) { OpensClause = opens, Participant = objectOfSubject };
                _people.Add(mention);
                _roles.Add(mention, words, at, at + person.Count);
            }
        }

        return _people;
    }

    /// <summary>`director del Instituto`, `a petición de Bukele`: a name after a preposition is no one's subject (`por` and `par` introduce agents, which are).</summary>
    private static int IndexOf(List<Word> words, Word word) => words.BinarySearch(word, Comparer<Word>.Create((a, b) => a.Start.CompareTo(b.Start)));

    /// <summary>
    /// The name stands where its clause's subject does: a few words at most after the sentence or clause starts
    /// (`Mas Serginho não quer`), not inside a subordinate clause (`… es que Vladimir Putin ha adquirido`).
    /// </summary>
    private bool OpensClause(List<Word> words, int at)
    {
        if (at > 0 && language.Verbs.Contains(words[at - 1].Lower))
        {
            // `comme le raconte Antoine`, `disse Wallace`: the subject after its inverted verb.
            return true;
        }

        if (at > 0 && IsApposition(words, at))
        {
            return false;
        }

        if (PassiveAgent.Is(words, at, language))
        {
            // `fue abordado ayer por el presidente Julio Pardo`: the agent of a passive is who acted, the clause's logical subject.
            return true;
        }

        if (VerbFirstSubject.Is(text, words, at, language) || CleftSubject.Is(text, words, at, language))
        {
            // `Al sitio llegó el coronel José Galindo`, `A parlare è stato Paolo Conti`: the subject after the verb, whatever it is.
            return true;
        }

        if (IsVerbSecondSubject(words, at))
        {
            // `Auf den ersten Metern lief Thorwirth an seine Bestzeit heran.`: German's subject after any finite verb.
            return true;
        }

        if (IsObjectOfNamedSubject(words, at))
        {
            return false;
        }

        // Articles, prepositions, roles and capitalised words before the name belong to its noun phrase (`Il ministro della Salute
        // Roberto Rossi`); other words mean the clause began earlier, with another subject.
        var others = 0;
        for (var k = at; k > 0; k--)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(ClauseBreaks) >= 0)
            {
                return true;
            }

            others += IsPartOfNounPhrase(words[k - 1]) ? 0 : 1;
            if (others > MaxOtherWordsBeforeClauseSubject)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The name stands right after the finite verb of a sentence that opens with a prepositional phrase (<see cref="VerbSecondLead"/>):
    /// the subject of a verb-second sentence, whatever its verb.
    /// </summary>
    private bool IsVerbSecondSubject(List<Word> words, int at)
    {
        if (language.VerbSecondOpeners.Count == 0)
        {
            return false;
        }

        var start = at;
        while (start > 0 && !IsSentenceBreak(text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End)))
        {
            start--;
        }

        return at - start >= 2 && VerbSecondLead.SubjectStart(text, words.GetRange(start, Math.Min(words.Count, at + 2) - start), language) == at - start;
    }

    /// <summary>A full stop, question or exclamation mark or line break between two words; not the dot inside `1.500`.</summary>
    private static bool IsSentenceBreak(ReadOnlySpan<char> gap) => gap.Contains('\n') || (gap.IndexOfAny(".!?") >= 0 && gap.ContainsAny(" \u00A0"));

    /// <summary>An auxiliary (`a`, `ha`, `è`) or a reporting verb: what a clause's subject is followed by, not a complement.</summary>
    private bool IsFiniteVerbStart(string lower) =>
        language.Verbs.Contains(lower) || (language.VerbCompanions.Contains(lower) && !language.Determiners.Contains(lower) && !language.Pronouns.ContainsKey(lower));

    private bool IsPartOfNounPhrase(Word word) =>
        word.IsCapitalized || language.Determiners.Contains(word.Lower) || language.Prepositions.Contains(word.Lower)
        || EntityKnowledge.IsRoleWord(word.Text, language.Code);

    /// <summary>`su par paraguaya, Sandra Quiñónez, con quien …`: a name between commas after a noun stands beside it, not as a subject.</summary>
    private bool IsApposition(List<Word> words, int at)
    {
        if (text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim() is not ",")
        {
            return false;
        }

        var last = at;
        while (last + 1 < words.Count && words[last + 1].IsCapitalized && text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).IsWhiteSpace())
        {
            last++;
        }

        var after = last + 1 < words.Count ? text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim() : ".";
        if (after is "," && last + 1 < words.Count && (IsFiniteVerbStart(words[last + 1].Lower) || OpeningRoleApposition.Is(text, words, at, language)))
        {
            // `Le ministre, Paul Girard, a salué …`, `Il sindaco, Carlo Neri, ha detto`: the description and its name are the verb's subject.
            return false;
        }

        return !words[at - 1].IsCapitalized && after.Length > 0 && after[0] is ',' or '.' or ';' or ')';
    }

    /// <summary>`The Washington Post`, `El Faro`; a German sentence may open with its capitalised article (`Der Minister Jonas Weber`).</summary>
    private bool OpensWithArticle(IReadOnlyList<Word> run)
    {
        var article = run[0].Lower is "the" || language.Determiners.Contains(run[0].Lower);
        var role = run.Count > 1 && EntityKnowledge.IsRoleWord(run[1].Text, language.Code);
        return article && !role && !(language.CapitalisesNouns && OpensSentence(run[0].Start));
    }

    /// <summary>The word before <paramref name="start"/>, in the same sentence, is a lower-case article (`einem`, `die`).</summary>
    private bool AfterLowerCaseArticle(int start)
    {
        var (from, end) = WordBefore(start);

        var word = text[from..end];
        return word.Length > 0 && char.IsLower(word[0]) && (language.Determiners.Contains(word) || language.Indefinites.Contains(word));
    }

    /// <summary>`en The Washington Post`, `el Faro`: Spanish and French names of people take no article, titles and bodies do.</summary>
    private bool PrecededByArticle(int start)
    {
        var (from, end) = WordBefore(start);

        if (from == end || (from > 0 && text[from - 1] is '\'' or '’'))
        {
            return false;
        }

        var word = text[from..end];
        var article = word is "The" || language.Determiners.Contains(word.ToLowerInvariant());
        return article && ((char.IsUpper(word[0]) && !OpensSentence(from)) || (char.IsLower(word[0]) && !language.NamesTakeArticles));
    }

    /// <summary>Where the word before <paramref name="start"/> begins and ends, spaces skipped (an empty range when there is none).</summary>
    private (int From, int End) WordBefore(int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return (from, end);
    }

    private bool IsComplement(List<Word> words, Word first)
    {
        var at = IndexOf(words, first);
        var before = PrepositionBefore(words, at);
        return language.Prepositions.Contains(before) && before is not ("por" or "par" or "per" or "pelo" or "pela")
            && text.AsSpan(words[at - 1].End, first.Start - words[at - 1].End).IsWhiteSpace();
    }

    /// <summary>The word before the name at <paramref name="at"/>, or before its article (`de las Américas`, `à la Stampa`).</summary>
    private string PrepositionBefore(List<Word> words, int at)
    {
        var before = at > 0 ? words[at - 1].Lower : string.Empty;
        return at > 1 && language.Determiners.Contains(before) ? words[at - 2].Lower : before;
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
        return _people!.Concat(_others).Any(p => p.Start >= from && p.Start < to && !SameName(p.Words[^1], referent[^1])
            && (gender == Gender.Unknown || p.Gender == Gender.Unknown || p.Gender == gender));
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
        return _people!.Concat(_others).Any(p => (p.OpensClause || p.Participant) && p.Start >= from && p.Start < to && !SameName(p.Words[^1], referent[^1])
            && (gender == Gender.Unknown || GenderOf(p) is var known && (known == Gender.Unknown || known == gender)));
    }

    /// <summary>`Bianchi e Neri si sono incontrati`, `Neri und Bianchi`: the person is named beside another, as one of two subjects.</summary>
    public bool IsCoordinated(PersonMention person)
    {
        var before = text.AsSpan(0, person.Start).TrimEnd();
        var last = before.LastIndexOf(' ');
        var word = before[(last + 1)..].ToString();
        if ((language.And.Contains(word) && last > 0 && char.IsLetter(before[last - 1]) && IsCapitalisedWordEndingAt(before, last)) || CoordinatedRole.Follows(text, person.Start, language))
        {
            return true;
        }

        var end = person.Start;
        foreach (var part in person.Words)
        {
            end = text.IndexOf(part, end, StringComparison.Ordinal) + part.Length;
        }

        var after = text.AsSpan(end).TrimStart();
        var space = after.IndexOf(' ');
        return space > 0 && language.And.Contains(after[..space].ToString()) && space + 1 < after.Length && char.IsUpper(after[space + 1]);
    }

    private static bool IsCapitalisedWordEndingAt(ReadOnlySpan<char> text, int end)
    {
        var start = end - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return char.IsUpper(text[start]);
    }

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
            }
        }

        return _surnames;
    }
}
