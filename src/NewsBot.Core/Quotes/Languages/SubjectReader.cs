namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Reads the subject next to a reporting verb in a language other than English: a pronoun (`sagte sie`), a name with or
/// without its role (`der Verkehrsminister Jonas Weber`), an acronym (`la OMS`), or a description (`el científico`) that
/// refers back to the person the text was just about.
/// </summary>
internal sealed class SubjectReader(string text, LanguageKnowledge language, PersonNames people, RecentSpeakers recent)
{
    private const int MaxPhraseWords = 10;
    private const int MaxDescriptionWords = 4;

    /// <summary>The subject that starts at <paramref name="at"/> (after an inverted verb or `selon`); <paramref name="anchor"/> is the quote.</summary>
    public Subject After(IReadOnlyList<Word> words, int at, int anchor, int notBefore)
    {
        if (at >= words.Count)
        {
            return Subject.None;
        }

        if (language.Pronouns.TryGetValue(words[at].Lower, out var gender))
        {
            return Refer(anchor, notBefore, gender);
        }

        var end = ClauseEnd(words, at);
        var phrase = Slice(words, at, end);
        var opener = phrase[0].Lower;
        var definite = language.Determiners.Contains(opener);
        if (Person(phrase, definite ? 1 : 0, inverted: !definite) is { } person)
        {
            return Subject.Of(person);
        }

        if (language.Indefinites.Contains(opener))
        {
            return Subject.Anonymous(words[0].Start);
        }

        if (!definite || phrase.Count > MaxDescriptionWords + 1)
        {
            return Subject.None;
        }

        // `el portavoz del partido, Luis Romero`: the description introduces the name after the comma.
        if (end < words.Count && PersonAt(Slice(words, end, ClauseEnd(words, end))) is { } named)
        {
            return Subject.Of(named);
        }

        return Describe(anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(opener), words[at].Start);
    }

    /// <summary>The subject among <paramref name="words"/> before a verb at <paramref name="verb"/>.</summary>
    public Subject Before(IReadOnlyList<Word> words, int verb, int anchor, int notBefore)
    {
        if (verb == 0)
        {
            return Subject.None;
        }

        if (language.Pronouns.TryGetValue(words[verb - 1].Lower, out var gender))
        {
            return Refer(anchor, notBefore, gender);
        }

        var clause = Slice(words, 0, verb);
        if (Person(clause, 0) is { } person)
        {
            return Subject.Of(person);
        }

        var description = Math.Max(0, verb - MaxDescriptionWords);
        for (var i = verb - 1; i >= description; i--)
        {
            if (language.Indefinites.Contains(words[i].Lower))
            {
                return Subject.Anonymous(words[0].Start);
            }

            if (language.Determiners.Contains(words[i].Lower) && (i == 0 || !language.Prepositions.Contains(words[i - 1].Lower)))
            {
                return Describe(anchor, notBefore, language.GenderedDeterminers.GetValueOrDefault(words[i].Lower), words[i].Start);
            }
        }

        var pronoun = clause.FindIndex(w => language.Pronouns.ContainsKey(w.Lower));
        return pronoun >= 0 ? Refer(anchor, notBefore, language.Pronouns[clause[pronoun].Lower]) : Subject.None;
    }

    /// <summary>
    /// The person the text was just about, for pronouns, dropped subjects and `the minister`: the speaker of the quote before,
    /// unless the text has named someone else since.
    /// </summary>
    public Subject Refer(int anchor, int notBefore, Gender gender)
    {
        var named = people.Latest(anchor, notBefore, gender);
        var quoted = recent.Before(anchor, notBefore, gender);
        return quoted is not null && (named is null || named.Start < quoted.Value.SentenceEnd)
            ? Subject.Of(quoted.Value.Speaker)
            : Subject.Of(named?.ToCandidate(people.Fullest(named.Words)));
    }

    /// <summary>
    /// `el científico`, `der Virologe`: a description refers back to the speaker of the quote before, if no one else was named
    /// since; the latest person named is too often someone the description is not (`la isla Seymour`, `el organismo`).
    /// </summary>
    private Subject Describe(int anchor, int notBefore, Gender gender, int position)
    {
        var named = people.Latest(anchor, notBefore, gender);
        var quoted = recent.Before(anchor, notBefore, gender);
        return quoted is not null && (named is null || named.Start < quoted.Value.SentenceEnd)
            ? Subject.Of(quoted.Value.Speaker)
            : Subject.Anonymous(position);
    }

    /// <summary>The first person named in <paramref name="phrase"/> from <paramref name="from"/> on, not inside a complement (`del Poder Ejecutivo`).</summary>
    private SpeakerCandidate? Person(List<Word> phrase, int from, bool inverted = false)
    {
        var words = Slice(phrase, from, phrase.Count);
        foreach (var run in people.Runs(words))
        {
            if (people.AsPerson(run, subjectSlot: inverted && run[0].Start == words[0].Start) is not { } person)
            {
                if (IsAcronym(run) && run[0].Start == words[0].Start)
                {
                    return new SpeakerCandidate(CandidateKind.Name, [run[0].Text], run[0].Start, run[0].Text);
                }

                continue;
            }

            var at = words.FindIndex(w => w.Start == person[0].Start);
            if (at > 0 && (language.Prepositions.Contains(words[at - 1].Lower)
                || (at > 1 && language.Determiners.Contains(words[at - 1].Lower) && language.Prepositions.Contains(words[at - 2].Lower))))
            {
                continue;
            }

            return Candidate(person, RoleBefore(words, at));
        }

        return null;
    }

    /// <summary>`der Verkehrsminister Jonas Weber` → `Verkehrsminister`: the words before the name in its clause, without the article.</summary>
    private string? RoleBefore(List<Word> words, int at)
    {
        var start = at;
        while (start > 0 && at - start < MaxDescriptionWords && !Breaks(words[start - 1].End, words[start].Start) && !language.Indefinites.Contains(words[start - 1].Lower))
        {
            start--;
        }

        while (start < at && language.Determiners.Contains(words[start].Lower))
        {
            start++;
        }

        return start < at ? text[words[start].Start..words[at - 1].End] : null;
    }

    private SpeakerCandidate? PersonAt(List<Word> phrase)
    {
        var runs = people.Runs(phrase);
        return runs.Count > 0 && runs[0][0].Start == phrase[0].Start && people.AsPerson(runs[0]) is { } person ? Candidate(person, null) : null;
    }

    private SpeakerCandidate Candidate(List<Word> person, string? role)
    {
        var words = people.Fullest(person.Select(w => w.Text).ToList());
        var written = string.Join(' ', words);
        return new SpeakerCandidate(CandidateKind.Name, words, person[0].Start, written)
        {
            Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
            Gender = EntityKnowledge.GenderOf(words[0].Split('-')[0]),
        };
    }

    private static bool IsAcronym(List<Word> run) => run.Count == 1 && run[0].Text.Length is >= 2 and <= 6 && run[0].Text.All(char.IsUpper);

    /// <summary>Where the clause that starts at <paramref name="at"/> ends: a comma, bracket, colon or dash between two words.</summary>
    private int ClauseEnd(IReadOnlyList<Word> words, int at)
    {
        var end = at + 1;
        while (end < words.Count && end - at < MaxPhraseWords && !Breaks(words[end - 1].End, words[end].Start))
        {
            end++;
        }

        return end;
    }

    private bool Breaks(int from, int to) => text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:()—–");

    private static List<Word> Slice(IReadOnlyList<Word> words, int from, int to) => words.Skip(from).Take(to - from).ToList();
}
