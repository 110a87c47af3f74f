using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Every name mentioned in the article, in order. Expands short mentions to the full name of an earlier mention
/// (`Peskov` → `Dmitry Peskov`) and finds the antecedent of a pronoun or of `the company`.
/// </summary>
internal sealed class NameIndex
{
    private readonly List<NameMention> _mentions;

    private readonly Dictionary<int, NameMention> _byStart;
    private readonly Dictionary<int, NameMention?> _fullForms = [];
    private readonly Dictionary<int, bool> _canBePerson = [];

    private readonly IReadOnlyList<QuotedSegment> _segments;

    private NameIndex(List<NameMention> mentions, IReadOnlyList<QuotedSegment> segments)
    {
        _mentions = mentions;
        _segments = segments;
        _byStart = [];
        foreach (var mention in mentions)
        {
            _byStart.TryAdd(mention.Span.Start, mention);
        }
    }

    public IReadOnlyList<NameMention> Mentions => _mentions;

    public static NameIndex Build(string text, IReadOnlyList<Word> words, IReadOnlyList<QuotedSegment> segments)
    {
        var mentions = new List<NameMention>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        Func<string, bool> knownSurname = surnames.Contains;
        foreach (var run in NameMentionReader.Runs(text, words))
        {
            var mention = NameMentionReader.Read(text, run, knownSurname);
            if (mention is null)
            {
                continue;
            }

            if (mention.Kind == NameKind.Person)
            {
                surnames.Add(mention.LastWord);
            }

            var first = IndexAfter(words, run[0].Start) - 1;
            var last = first + run.Count - 1;
            mentions.Add(mention with
            {
                InsideQuote = InsideAnyQuote(segments, mention.Span.Start),
                OpensSentence = OpensSentence(text, run[0].Start),
                SubjectOfReportingVerb = NextWordIsReportingVerb(text, words, run[^1]) && !MentionPosition.IsGovernedByPreposition(words, first),
                Addressed = MentionPosition.IsAddressed(words, first),
                Modifier = MentionPosition.IsModifier(words, first, last) || MentionPosition.IsArticleNoun(words, first, last)
                    || MentionPosition.IsFirmPart(text, words, first, last),
                FollowsOpeningPhrase = OpeningPhraseSubject.Follows(text, words, first, last),
            });
        }

        return new NameIndex(InvertedTailSubject.Mark(text, IntroducedBody.Mark(text, mentions)), segments);
    }

    /// <summary>The mention that gives the full form of <paramref name="words"/> used at <paramref name="position"/>.</summary>
    public NameMention? FullForm(IReadOnlyList<string> words, int position)
    {
        // Pronoun resolution asks again and again about the same mentions; a mention's own words are worth remembering.
        var own = _byStart.TryGetValue(position, out var mention) && ReferenceEquals(mention.Words, words);
        if (own && _fullForms.TryGetValue(position, out var known))
        {
            return known;
        }

        var found = FindFullForm(words, position);
        if (own)
        {
            _fullForms[position] = found;
        }

        return found;
    }

    /// <summary>
    /// A full form written in the article's own voice wins over one inside a quotation: a quoted nickname (`the nickname
    /// “Fanged Holt”`) or a title is no name the person goes by in the text.
    /// </summary>
    private NameMention? FindFullForm(IReadOnlyList<string> words, int position) =>
        FindFullForm(words, position, insideQuotes: false) ?? FindFullForm(words, position, insideQuotes: true);

    private NameMention? FindFullForm(IReadOnlyList<string> words, int position, bool insideQuotes)
    {
        NameMention? before = null;
        NameMention? after = null;
        foreach (var mention in _mentions)
        {
            if (mention.InsideQuote && !insideQuotes)
            {
                continue;
            }

            if (words.Count == 1 ? mention.Words.Count < 2 : mention.Words.Count < words.Count)
            {
                continue;
            }

            if (!Extends(mention, words) || mention.Kind is NameKind.Place)
            {
                continue;
            }

            if (mention.Span.Start < position)
            {
                // One word: the latest longer mention (Bill vs Hillary Clinton); several words: the first.
                before = words.Count == 1 || before is null ? mention : before;
            }
            else
            {
                after ??= mention;
            }
        }

        return before ?? after ?? (words.Count == 1 ? GivenNameForm(words[0]) ?? FamilyNameFirstForm(words[0], position) : null);
    }

    /// <summary>
    /// `Yoon said`, `Lee said`, where the article gives `Yoon Suk Yeol` and `Lee Jae-myung`: a word no longer name ends with,
    /// but that opens full names and may be a surname, is a family name written first; like a surname, the latest such
    /// person before the mention, else the first after it.
    /// </summary>
    private NameMention? FamilyNameFirstForm(string word, int position)
    {
        var flags = EntityLexicon.Shared.EntityFlags(word);
        if (flags.HasFlag(LexiconFlags.GivenName) && !flags.HasFlag(LexiconFlags.Surname))
        {
            return null;
        }

        var opening = _mentions.Where(m => m is { Kind: NameKind.Person, Words.Count: >= 2 } && !m.InsideQuote && SameName(m.Words[0], word)).ToList();
        return opening.LastOrDefault(m => m.Span.Start < position) ?? opening.FirstOrDefault();
    }

    /// <summary>
    /// `Sir Keir` or `Keir said`, where the article gives `Keir Starmer`: a given name (never a surname here) is the one
    /// person the article names with it first; two people sharing it (`Bill Clinton`, `Bill Gates`) leave it unresolved.
    /// </summary>
    private NameMention? GivenNameForm(string word)
    {
        if (!EntityLexicon.Shared.IsGivenName(word))
        {
            return null;
        }

        NameMention? found = null;
        foreach (var mention in _mentions)
        {
            if (mention is not { Kind: NameKind.Person, Words.Count: >= 2 } || !string.Equals(mention.Words[0], word, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null && !string.Equals(found.LastWord, mention.LastWord, StringComparison.Ordinal))
            {
                return null;
            }

            found ??= mention;
        }

        return found;
    }

    /// <summary>The latest person before <paramref name="position"/> (and from <paramref name="from"/>) who fits the pronoun, quoted names aside.</summary>
    public NameMention? PersonBefore(int position, Gender gender, int from = 0)
    {
        for (var i = _mentions.Count - 1; i >= 0 && _mentions[i].Span.Start >= from; i--)
        {
            var mention = _mentions[i];
            if (mention.Span.Start >= position || mention.InsideQuote)
            {
                continue;
            }

            if (mention.Kind is NameKind.Person or NameKind.Unknown && !LooksPlural(mention) && !IsCapitalizedWord(mention) && !NotAReferent(mention)
                && Fits(mention, gender))
            {
                return FullForm(mention.Words, mention.Span.Start) ?? mention;
            }
        }

        return null;
    }

    /// <summary>`she told Oprah`, `a Jenny Craig spokeswoman`: names a later `she said` does not mean.</summary>
    private static bool NotAReferent(NameMention mention) => mention.Addressed || mention.Modifier;

    /// <summary>
    /// The subject of the paragraph's latest sentence about a person: `Ryan said the onus is on Trump. “…,” he said.`
    /// is Ryan, not the latest name. Null when no sentence of the paragraph before <paramref name="position"/> opens with one.
    /// </summary>
    public NameMention? SubjectBefore(int position, int paragraphStart, Gender gender)
    {
        for (var i = _mentions.Count - 1; i >= 0 && _mentions[i].Span.Start >= paragraphStart; i--)
        {
            var mention = _mentions[i];
            if (mention.Span.Start < position && !mention.InsideQuote && (mention.OpensSentence || mention.SubjectOfReportingVerb || mention.FollowsOpeningPhrase || mention.SpeaksAfterQuote)
                && mention.Kind is NameKind.Person or NameKind.Unknown && !LooksPlural(mention) && !IsCapitalizedWord(mention) && Fits(mention, gender))
            {
                return FullForm(mention.Words, mention.Span.Start) ?? mention;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a sentence between <paramref name="from"/> and <paramref name="position"/> is about a person who does not fit
    /// <paramref name="gender"/> (opens with them, or they are a reporting verb's subject).
    /// </summary>
    public bool OtherGenderSubjectBefore(int position, int from, Gender gender, string antecedent) =>
        gender != Gender.Unknown && _mentions.Any(m => m.Span.Start >= from && m.Span.Start < position && !m.InsideQuote && m.LastWord != antecedent
            && (m.OpensSentence || m.SubjectOfReportingVerb) && (m.Kind == NameKind.Person || IsGenderedSubject(m)) && !LooksPlural(m)
            && (!IsCapitalizedWord(m) || IsGenderedSubject(m)) && CanBePerson(FullForm(m.Words, m.Span.Start) ?? m) && !Fits(m, gender));

    /// <summary>
    /// `Omar asked for compassion …`: one word the lexicon gives a gender, before a reporting verb, is someone the sentence is
    /// about even where no full name is found for it.
    /// </summary>
    private static bool IsGenderedSubject(NameMention mention) =>
        mention is { Kind: NameKind.Unknown, SubjectOfReportingVerb: true } && mention.Gender != Gender.Unknown;

    /// <summary>Whether a person who does not fit <paramref name="gender"/> is named outside quotes between the two positions.</summary>
    public bool OtherGenderPersonBetween(int start, int position, Gender gender, string antecedent) =>
        gender != Gender.Unknown && _mentions.Any(m => m.Span.Start >= start && m.Span.Start < position && !m.InsideQuote && m.LastWord != antecedent
            && m.Kind == NameKind.Person && !LooksPlural(m) && !IsCapitalizedWord(m) && !NotAReferent(m)
            && CanBePerson(FullForm(m.Words, m.Span.Start) ?? m) && !Fits(m, gender));

    /// <summary>Whether a name ending in <paramref name="lastWord"/> is mentioned outside quotes between the two positions.</summary>
    public bool Named(string lastWord, int start, int position) =>
        _mentions.Any(m => m.Span.Start >= start && m.Span.Start < position && !m.InsideQuote && m.LastWord == lastWord);

    /// <summary>Where the latest mention outside quotes of a name ending in <paramref name="lastWord"/> before <paramref name="position"/> starts (0 if none).</summary>
    public int LastMentionBefore(string lastWord, int position) =>
        _mentions.LastOrDefault(m => m.Span.Start < position && !m.InsideQuote && m.LastWord == lastWord)?.Span.Start ?? 0;

    /// <summary>Whether <paramref name="position"/> lies inside a quotation (a name's mention there is marked so).</summary>
    public bool InsideQuote(int position) => InsideAnyQuote(_segments, position);

    /// <summary>How many different people that fit <paramref name="gender"/> are named outside quotes between the two positions.</summary>
    public int PeopleBetween(int start, int position, Gender gender) =>
        _mentions.Where(m => m.Span.Start >= start && m.Span.Start < position && !m.InsideQuote && m.Kind is NameKind.Person or NameKind.Unknown
                && !LooksPlural(m) && !IsCapitalizedWord(m) && !NotAReferent(m) && Fits(m, gender))
            .Select(m => m.LastWord)
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>
    /// Whether a sentence between the two positions, outside quotes, opens with someone other than <paramref name="speaker"/>;
    /// with <paramref name="anywhereInSentence"/>, whether someone else is named there at all (a quote's own colon lead).
    /// </summary>
    public bool SomeoneElseNamed(int start, int end, string speaker, string? language, bool anywhereInSentence = false) =>
        _mentions.Any(m => m.Span.Start >= start && m.Span.Start < end && !m.InsideQuote && (m.OpensSentence || anywhereInSentence)
            && (m.Kind == NameKind.Person || (m.Kind == NameKind.Unknown && !LooksPlural(m) && !IsCapitalizedWord(m)))
            && IsSurelyPerson(FullForm(m.Words, m.Span.Start) ?? m, language)
            && !speaker.Split(' ').Contains(m.LastWord, StringComparer.Ordinal));

    /// <summary>A title or a given name before the surname, and the lexicon agrees: `Insbesondere Südostasien` is no one.</summary>
    private static bool IsSurelyPerson(NameMention mention, string? language) =>
        (mention.Title is not null || (mention.Words.Count >= 2 && EntityLexicon.Shared.IsGivenName(mention.Words[0])))
        && EntityLexicon.Shared.Classify(mention.Words, language).Kind == EntityKind.Person;

    /// <summary>The latest person before <paramref name="position"/>, outside quotes, that <paramref name="fits"/>, among the last few named.</summary>
    public NameMention? PersonBefore(int position, Func<NameMention, bool> fits)
    {
        const int MaxPeopleBack = 8;
        var people = _mentions
            .Where(m => m.Span.Start < position && !m.InsideQuote && m.Kind is NameKind.Person or NameKind.Unknown)
            .TakeLast(MaxPeopleBack)
            .Reverse();
        return people.FirstOrDefault(fits);
    }

    /// <summary>The latest organisation named before <paramref name="position"/> (and from <paramref name="from"/>), for `the company said`.</summary>
    public NameMention? OrganisationBefore(int position, int from = 0) =>
        _mentions.LastOrDefault(m => m.Span.Start < position && m.Span.Start >= from && !m.InsideQuote && m.Kind == NameKind.Organisation);

    /// <summary>
    /// The organisation whose name holds <paramref name="head"/> (`the ministry` → `Ministry of Works`): the latest named
    /// before <paramref name="position"/>, else the first named after it.
    /// </summary>
    public NameMention? OrganisationCalled(string head, int position)
    {
        bool Holds(NameMention m) =>
            m is { Kind: NameKind.Organisation, InsideQuote: false } && m.Words.Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));

        return _mentions.LastOrDefault(m => m.Span.Start < position && Holds(m)) ?? _mentions.FirstOrDefault(m => m.Span.Start > position && Holds(m));
    }

    private bool Fits(NameMention mention, Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            return true;
        }

        var full = FullForm(mention.Words, mention.Span.Start) ?? mention;
        if (!CanBePerson(full))
        {
            // `he said` after `… said the Univision anchor` or `… in the Middle East`: a pronoun for a person skips what is none.
            return false;
        }

        var known = mention.Gender != Gender.Unknown ? mention.Gender : full.Gender;
        if (known == Gender.Unknown)
        {
            known = _mentions.FirstOrDefault(m => m.LastWord == mention.LastWord && m.Gender != Gender.Unknown)?.Gender ?? Gender.Unknown;
        }

        if (known == Gender.Unknown && full.Words.Count > 1)
        {
            known = EntityLexicon.Shared.GenderOf(full.Words[0]);
        }

        return known == Gender.Unknown || known == gender;
    }

    /// <summary>Pronoun resolution asks about the same mentions again and again; the lexicon's verdict is worth remembering.</summary>
    private bool CanBePerson(NameMention mention)
    {
        if (!_canBePerson.TryGetValue(mention.Span.Start, out var can))
        {
            can = SpeakerEntityCheck.CanBePerson(mention);
            _canBePerson[mention.Span.Start] = can;
        }

        return can;
    }

    private static bool Extends(NameMention mention, IReadOnlyList<string> words)
    {
        if (!SameName(mention.LastWord, words[^1]))
        {
            return false;
        }

        return words.Count == 1 || SameName(mention.Words[0], words[0]) || (IsParticle(words[0]) && EndsWithWords(mention.Words, words));
    }

    /// <summary>`Le Garrec`, `de Blasio`, `Van Hollen`: a surname that opens with a particle is the end of the full name.</summary>
    private static bool IsParticle(string word) =>
        word.ToLowerInvariant() is "le" or "la" or "de" or "di" or "da" or "du" or "del" or "van" or "von" or "al" or "el";

    private static bool EndsWithWords(IReadOnlyList<string> full, IReadOnlyList<string> tail) =>
        full.Count > tail.Count && Enumerable.Range(1, tail.Count).All(i => SameName(full[^i], tail[^i]));

    /// <summary>`Murátov` is `Muratov`: newsrooms spell a transliterated name with and without accents in one article.</summary>
    private static bool SameName(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (a.Length == b.Length && string.Compare(a, b, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) == 0);

    /// <summary>A lone unknown word opening a sentence, never seen as part of a fuller name, is just a capitalized word.</summary>
    private bool IsCapitalizedWord(NameMention mention) =>
        mention is { Kind: NameKind.Unknown, OpensSentence: true, Words.Count: 1 } && FullForm(mention.Words, mention.Span.Start) is null;

    /// <summary>Segments are in text order: a binary search finds the one that could hold <paramref name="position"/>.</summary>
    private static bool InsideAnyQuote(IReadOnlyList<QuotedSegment> segments, int position)
    {
        var (low, high) = (0, segments.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (segments[middle].Content.Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && segments[high].Content.Contains(position);
    }

    /// <summary>`… Chief Executive Satya Nadella said that …`: the name a reporting verb follows is who spoke, wherever the sentence starts.</summary>
    private static bool NextWordIsReportingVerb(string text, IReadOnlyList<Word> words, Word last)
    {
        // `Pirro’s comments`: the name owns the noun after it; it is no verb's subject.
        if (last.End + 1 < text.Length && text[last.End] is '’' or '\'' && text[last.End + 1] == 's')
        {
            return false;
        }

        var next = IndexAfter(words, last.Start);
        return next < words.Count && CueWords.IsVerb(words[next]);
    }

    /// <summary>The index of the first word starting after <paramref name="position"/> (words are in text order).</summary>
    private static int IndexAfter(IReadOnlyList<Word> words, int position)
    {
        var (low, high) = (0, words.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (words[middle].Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || QuoteMarks.IsOpeningChar(text[i])))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' || text[i] == '\n';
    }

    /// <summary>`Democrats`, `Republicans` are groups; `Charles`, `James`, `Harris` are names the lexicon knows.</summary>
    private static bool LooksPlural(NameMention mention) =>
        mention.Words.Count == 1 && mention.LastWord.EndsWith('s') && mention.Kind == NameKind.Unknown
        && !EntityLexicon.Shared.IsGivenName(mention.LastWord) && !EntityLexicon.Shared.IsSurname(mention.LastWord);
}
