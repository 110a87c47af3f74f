using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Which runs of capitalised words name a person in an article of one language, and the article's people in order,
/// which pronouns, dropped subjects and `the minister` refer back to.
/// </summary>
internal sealed partial class PersonNames(string text, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
{
    private const double MinPersonConfidence = 0.4;
    private const double MinLoneNameConfidence = 0.5;

    private const int MaxOtherWordsBeforeClauseSubject = 1;
    private const int MinCompoundHead = 4;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?\n");

    /// <summary>Particles before an article inside a name: `Van der Bellen`, `De la Cruz`.</summary>
    private static readonly HashSet<string> NameParticles = ["van", "von", "de", "di", "da", "du", "del", "della", "ter", "ten"];

    private List<PersonMention>? _people;
    private readonly List<PersonMention> _others = [];
    private HashSet<string>? _surnames;
    private PersonRoles? _roles;

    /// <summary>The roles the article gives its people, for descriptions that refer back to one of them.</summary>
    public PersonRoles Roles
    {
        get
        {
            People();
            return _roles!;
        }
    }

    /// <summary>
    /// The person a run names, its leading role and title words set aside (`SCR-Sportchef Zoran Barisic` → `Zoran Barisic`), or null.
    /// <paramref name="subjectSlot"/>: the run stands where a reporting verb wants its subject (`disse Bernardinho`), where a
    /// lone unknown word the lexicon cannot place is a name rather than a noun.
    /// </summary>
    public List<Word>? AsPerson(IReadOnlyList<Word> run, bool subjectSlot = false)
    {
        if (run[^1].Text.EndsWith('-'))
        {
            // `Zoo- und Tierparkdirektor Dr. Lars Heming`: the first half of a compound, the name comes after its head.
            return null;
        }

        if (run.Count is 2 or 3 && FollowedByAge(run[^1]) && !IsLeadingRoleOrCommon(run[0]) && !PrecededByArticle(run[0].Start) && !run.Any(w => IsBodyWord(w.Text)))
        {
            // `Gunthild Schön (77) blättert`, `Jana Roe, 42,`: only people are given an age, whatever the lexicon knows of the names.
            return run.ToList();
        }

        if (ApposedToRole(run) is { } apposed)
        {
            // `Geannina Dinarte, ministra de la Presidencia, señaló`: a role apposed to a name makes a person of it, even
            // where the lexicon knows neither name.
            return apposed;
        }

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

        // `la ministre de la Culture Aline Ferrand`: the article before a run whose given name comes later is the body's.
        var articleOfBody = start > 0 && !titled && EntityKnowledge.IsGivenName(run[start].Text) && IsLeadingRoleOrCommon(run[0]);
        if (OpensWithArticle(run) || (PrecededByArticle(run[0].Start) && !articleOfBody && !EntityKnowledge.IsRoleWord(run[0].Text, language.Code)))
        {
            // `The Washington Post`, `La Asociación`: a name written with an article is a title or a body, not a person.
            return null;
        }

        var words = run.Skip(start).ToList();
        while (language.CapitalisesNouns && words.Count > 2 && !NobleParticle.EndsName(words) && (IsNounAfterName(words[^1].Text) || IsNounCompound(words[^1].Text)))
        {
            // `gab Stefan Keuter Gelegenheit`, `zahlte Thomas Elder Antrittsgelder`: a German noun or compound after the name;
            // `Jacqueline Rioba von World Vision`: a body after it.
            words.RemoveAt(words.Count - 1);
            while (words.Count > 1 && !words[^1].IsCapitalized)
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        if (!words[0].IsCapitalized || words[^1].Text.Length < 2 || words.Any(w => IsAcronym(w.Text)) || HonorificBeforeName.HoldsBodyWord(run, start, IsBodyWord))
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
            // `el presidente Nayib Bukele`: a role noun right before makes a person of the run, known names or not.
            return AfterRoleNoun(run);
        }

        if (words.Count >= 2)
        {
            // German nouns compound without end: a run of unknown capitalised words needs one known name among them, or, right
            // beside its verb, two words no language's common words hold (`Hape Kerkeling konstatiert:`).
            return words.Any(w => EntityKnowledge.IsGivenName(w.Text) || EntityKnowledge.IsSurname(w.Text))
                || (subjectSlot && words.Count == 2 && !words.Any(w => EntityKnowledge.IsCommonWord(w.Text, language.Code))) ? words : AfterRoleNoun(run);
        }

        var word = words[0].Text;
        if (!titled && language.CapitalisesNouns && AfterLowerCaseArticle(words[0].Start))
        {
            // `in einem Buch`, `über die Kirche`: a German word after an article is a noun, even one that is also a surname
            // (the lexicon drops such nouns from the common words when their plural hides under an umlaut: `Bücher`).
            return null;
        }

        var ordinary = EntityKnowledge.IsCommonWord(word, language.Code);
        var lone = subjectSlot && guess.Confidence >= MinLoneNameConfidence;
        var given = EntityKnowledge.IsGivenName(word) || Diminutive.IsOfGivenName(word, language.Code);
        return !ordinary && (titled || lone || given || EntityKnowledge.IsSurname(word)) ? words : null;
    }

    /// <summary>
    /// The name of a run with a role apposed to it (<see cref="FollowedByRoleApposition"/>, <see cref="PrecededByRoleApposition"/>),
    /// after the ordinary word that opens the sentence (`Tuttavia Geannina Trelles, ministra …`); null when there is none.
    /// </summary>
    private List<Word>? ApposedToRole(IReadOnlyList<Word> run)
    {
        var from = run.Count > 2 && OpensSentence(run[0].Start) && EntityKnowledge.IsCommonWord(run[0].Text, language.Code) ? 1 : 0;
        var name = run.Skip(from).ToList();
        var apposed = name.Count is 2 or 3 && (FollowedByRoleApposition(name[^1]) || PrecededByRoleApposition(name[0]));
        return apposed && !IsLeadingRoleOrCommon(name[0]) && (from > 0 || !PrecededByArticle(name[0].Start))
            && !name.Any(w => IsBodyWord(w.Text) || EntityKnowledge.IsCommonWord(w.Text, language.Code))
            ? name
            : null;
    }

    /// <summary>
    /// `, ministra de …`, `, la portavoz …`, `, porte-parole de …`: a lower-case person noun, after at most an article, apposed
    /// to the name. Languages that write roles in lower case only (`RoleApposition`); German capitalises every noun.
    /// </summary>
    private bool FollowedByRoleApposition(Word last)
    {
        if (!RoleApposition.Applies(language.Code) || !text.AsSpan(last.End).StartsWith(", "))
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, last.End + 2, Math.Min(text.Length, last.End + 40));
        var noun = words.Count > 1 && language.Determiners.Contains(words[0].Text) ? 1 : 0;
        return noun < words.Count && !words[noun].IsCapitalized && language.IsPersonNoun(words[noun].Lower);
    }

    /// <summary>
    /// `la ministra del Interior, Izkia Siches`, `le porte-parole du parquet, Maëlyss Trobrand`: an article and a lower-case
    /// person noun, then at most a few words of complement, then a comma right before the name.
    /// </summary>
    private bool PrecededByRoleApposition(Word first)
    {
        var from = Math.Max(0, first.Start - 60);
        if (!RoleApposition.Applies(language.Code) || first.Start < 2 || text[(first.Start - 2)..first.Start] != ", ")
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, from, first.Start - 2);
        for (var i = words.Count - 2; i >= 0 && words.Count - i <= 7; i--)
        {
            if (text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny(ClauseBreaks) >= 0)
            {
                return false;
            }

            if (language.Determiners.Contains(words[i].Text) && !words[i + 1].IsCapitalized && language.IsPersonNoun(words[i + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private bool FollowedByAge(Word last)
    {
        var after = text.AsSpan(last.End, Math.Min(6, text.Length - last.End));
        var open = after.StartsWith(" (") ? 2 : after.StartsWith(", ") ? 2 : -1;
        if (open < 0)
        {
            return false;
        }

        var digits = 0;
        while (open + digits < after.Length && char.IsAsciiDigit(after[open + digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && open + digits < after.Length && after[open + digits] is ')' or ',';
    }

    /// <summary>
    /// `(la ministre de la) Santé Claire Fontaine`, `(el gobernador de) Santa Clara Luis Romero`, `(l'assessore di) Monte San
    /// Pietro Luca Bianchi`: a run that opens with the capitalised place or body of a role's complement and ends with a name.
    /// The name is the last given name and what follows it (one given name more after a one-word complement); null when the
    /// run holds no such seam.
    /// </summary>
    public List<Word>? NameAfterComplement(IReadOnlyList<Word> run)
    {
        var start = -1;
        for (var i = run.Count - 2; i >= 1 && start < 0; i--)
        {
            start = IsGivenNameWord(run[i]) && !EntityKnowledge.IsRoleWord(run[i].Text, language.Code) ? i : -1;
        }

        if (start == 2 && IsGivenNameWord(run[1]) && !IsGivenNameWord(run[0]) && !EntityKnowledge.IsPlace(Phrase(run, 0, 2)))
        {
            // `Gobierno Juan Carlos Romero`: a second given name after a one-word complement that is no place (`Santa Clara`).
            start = 1;
        }

        return start > 0 && !EntityKnowledge.IsPlace(Phrase(run, start, run.Count)) ? AsPerson(run.Skip(start).ToList()) : null;
    }

    private static bool IsGivenNameWord(Word word) => word.Text.Split('-').Any(EntityKnowledge.IsGivenName);

    private static string Phrase(IReadOnlyList<Word> run, int from, int to) => string.Join(' ', run.Skip(from).Take(to - from).Select(w => w.Text));

    /// <summary>Runs of capitalised words, with a trailing `d’Aubuisson` kept in the name.</summary>
    public List<List<Word>> Runs(IReadOnlyList<Word> words)
    {
        var runs = language.CapitalisesNouns ? NameMentionReader.Runs(text, words).SelectMany(SplitAtArticle).ToList() : NameMentionReader.Runs(text, words);
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

    /// <summary>
    /// `Schauspielerin den Opernball`, `Frau der Stunde`: in German a lower-case `den`/`der` after a capitalised noun is its
    /// article, not the particle of a name (`van der Bellen`, `von der Leyen` keep theirs, after another particle).
    /// </summary>
    private IEnumerable<List<Word>> SplitAtArticle(List<Word> run)
    {
        var from = 0;
        for (var i = 1; i < run.Count - 1; i++)
        {
            if (!run[i].IsCapitalized && language.Determiners.Contains(run[i].Lower) && run[i - 1].IsCapitalized && !NameParticles.Contains(run[i - 1].Lower))
            {
                yield return run.GetRange(from, i - from);
                from = i + 1;
            }
        }

        yield return from == 0 ? run : run.GetRange(from, run.Count - from);
    }

    /// <summary>
    /// Whether someone the article names in full has <paramref name="surname"/>, a particle and a surname, after a given name
    /// (`Marine Le Pen`, `Anna von der Aue`); the particle's case is free, since a sentence may open with it (`Von der Aue`).
    /// </summary>
    public bool HasParticleSurname(IReadOnlyList<string> surname) =>
        People().Any(p => Enumerable.Range(1, Math.Max(0, p.Words.Count - surname.Count)).Any(i =>
            string.Equals(p.Words[i], surname[0], StringComparison.OrdinalIgnoreCase) && p.Words.Skip(i + 1).Take(surname.Count - 1).SequenceEqual(surname.Skip(1))));

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
            at += at < part.Count && SameName(word, part[at]) ? 1 : 0;
        }

        // A lone first name is no reference to a full name (`Juan` is not `Juan Pérez`), a surname is.
        return at == part.Count && !(part.Count == 1 && SameName(full[0], part[0]));
    }

    /// <summary>`Murátov` and `Muratov` are one name: transliterations differ in their accents.</summary>
    private static bool SameName(string a, string b) =>
        a == b || string.Equals(WithoutAccents(a), WithoutAccents(b), StringComparison.Ordinal);

    private static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        return string.Concat(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
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

    /// <summary>Whether two names end in the same surname, accents aside.</summary>
    public static bool SameSurname(IReadOnlyList<string> a, IReadOnlyList<string> b) => SameName(a[^1], b[^1]);

    /// <summary>Whether <paramref name="position"/> lies inside a quotation.</summary>
    public bool InsideQuote(int position) => segments.Any(s => s.Content.Contains(position));

    /// <summary>The gender of a person mentioned, from the given name of the fullest form the article gives (`Keith` → `Andreas Keith`).</summary>
    public Gender GenderOf(PersonMention person) => person.Gender != Gender.Unknown ? person.Gender : GenderOf(Fullest(person.Words));

    /// <summary>`Keith` after `Andreas Keith`: a surname has the gender of the given name the article gave it.</summary>
    private Gender GenderOf(IReadOnlyList<string> words) => words.Count > 1 ? GivenNameGender(words[0]) : Gender.Unknown;

    private Gender GenderOf(List<Word> person) => GivenNameGender(person[0].Text);

    /// <summary>
    /// The lexicon's gender of a given name in the article's language (`Andrea` is a man in Italian), where its sources
    /// give one; else the curated markers' (names the sources do not know). A name the sources use for both stays open.
    /// </summary>
    public Gender GivenNameGender(string givenName)
    {
        var first = givenName.Split('-')[0];
        return EntityKnowledge.KnowsGenderOf(first) ? EntityKnowledge.GenderOf(first, language.Code) : NameMentionReader.GenderOf([first]);
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

            var ordinaryOpening = EntityKnowledge.IsFrequentWord(word.Text, language.Code) && OpensSentence(word.Start);
            if (!ordinaryOpening || EntityKnowledge.IsSurname(run[i + 1].Text))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsLeadingRoleOrCommon(Word word) =>
        EntityKnowledge.IsRoleWord(word.Text, language.Code) || NameLexicon.Honorifics.Contains(word.Text) || EntityKnowledge.IsCommonWord(word.Text, language.Code);

    /// <summary>
    /// A title, a role or, where every noun is capitalised (German) or the sentence starts, an ordinary word before the name
    /// (`Doch Weber`, `Verkehrsminister Weber`); elsewhere a capitalised ordinary word is part of a name (`Grazia Conti`).
    /// </summary>

    private bool IsLeadingNonName(Word word) =>
        EntityKnowledge.IsRoleWord(word.Text, language.Code) || NameLexicon.Honorifics.Contains(word.Text) || IsCompoundOfCommonWord(word.Text)
        || (EntityKnowledge.IsCommonWord(word.Text, language.Code) && (language.CapitalisesNouns || OpensSentence(word.Start)))
        || IsNounCompound(word.Text);

    private static bool IsNounAfterName(string word) =>
        !EntityKnowledge.IsSurname(word) && !EntityKnowledge.IsGivenName(word) && EntityKnowledge.IsCommonWord(word, "de");

    /// <summary>`Nazibilder`, `Werbeplakate`: a German compound that ends in a common noun is a noun, not a name (`Nazibilder von Keuter`).</summary>
    private bool IsNounCompound(string word)
    {
        if (!language.CapitalisesNouns || word.Length < 7 || EntityKnowledge.IsGivenName(word) || EntityKnowledge.IsSurname(word))
        {
            return false;
        }

        for (var start = 3; start <= word.Length - MinCompoundHead; start++)
        {
            if (EntityKnowledge.IsCommonWord(char.ToUpperInvariant(word[start]) + word[(start + 1)..], language.Code))
            {
                return true;
            }
        }

        return false;
    }

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
