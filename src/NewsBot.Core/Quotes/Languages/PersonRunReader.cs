using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Which runs of capitalised words name a person in an article of one language, and which words of the run are the name.
/// </summary>
internal sealed class PersonRunReader(string text, LanguageKnowledge language, ArticleFamilyNamesFirst familyNamesFirst)
{
    private const double MinPersonConfidence = 0.4;
    private const double MinLoneNameConfidence = 0.5;

    private HashSet<string>? _surnames;
    private readonly NameSurroundings _surroundings = new(text, language);
    private readonly NameWordKinds _kinds = new(text, language);
    private readonly RoleApposedName _roleApposed = new(text, language);
    private readonly CapitalisedRuns _runs = new(text, language);

    /// <summary>
    /// The person a run names, its leading role and title words set aside (`SCR-Sportchef Zoran Barisic` → `Zoran Barisic`), or null.
    /// <paramref name="subjectSlot"/>: the run stands where a reporting verb wants its subject (`disse Bernardinho`), where a
    /// lone unknown word the lexicon cannot place is a name rather than a noun.
    /// </summary>
    public List<Word>? AsPerson(IReadOnlyList<Word> run, bool subjectSlot = false)
    {
        if (WireDateline.IsPlace(text, run[0], run[^1]))
        {
            // `LISBOA, 19 nov (ANA) –`: the place a wire story was filed from.
            return null;
        }

        if (run[^1].Text.EndsWith('-'))
        {
            // `Zoo- und Tierparkdirektor Dr. Lars Heming`: the first half of a compound, the name comes after its head.
            return null;
        }

        if (run.Count is 2 or 3 && _surroundings.FollowedByAge(run[^1]) && !_kinds.IsLeadingRoleOrCommon(run[0]) && !_surroundings.PrecededByArticle(run[0].Start) && !run.Any(w => NameWordKinds.IsBodyWord(w.Text)))
        {
            // `Gunthild Schön (77) blättert`, `Jana Roe, 42,`: only people are given an age, whatever the lexicon knows of the names.
            return run.ToList();
        }

        if (_surroundings.WordBefore(run[0].Start) is var (nounFrom, nounEnd) && (BodyNounBeforeName.Is(text, nounFrom, nounEnd) || PlaceNounBeforeName.Is(text, nounFrom, nounEnd)))
        {
            return null;
        }

        if (run.Count >= 2 && run.Skip(run.Count - 2).Select(w => w.Text).ToList() is var lastTwo && FamilyNameFirst.Is(lastTwo))
        {
            // `il presidente sudcoreano Han Seung-woo`: a family name written first, then a hyphenated given name.
            return run.Skip(run.Count - 2).ToList();
        }

        if (!language.CapitalisesNouns && run.Count >= 2 && FamilyNameFirst.IsUnhyphenated(run[^2].Text, run[^1].Text, language.Code)
            && run.Take(run.Count - 2).All(w => !NameWordKinds.IsGivenNameWord(w) && !EntityKnowledge.IsSurname(w.Text)))
        {
            // `a confié Min Jiyeon`, `Park Jiyeon n'a rien oublié`: the family name is no common word opening the sentence
            // when an unknown word follows it (German, whose nouns are capitalised, is left out).
            return run.Skip(run.Count - 2).ToList();
        }

        if (_roleApposed.ApposedToRole(run) is { } apposed)
        {
            // `Geannina Dinarte, ministra de la Presidencia, señaló`: a role apposed to a name makes a person of it, even
            // where the lexicon knows neither name.
            return apposed;
        }

        var start = _kinds.FirstGivenName(run);
        var titled = false;
        if (start < 0)
        {
            start = 0;
            while (start < run.Count - 1 && _kinds.IsLeadingNonName(run[start]))
            {
                titled |= EntityKnowledge.IsRoleWord(run[start].Text, language.Code) || NameLexicon.Honorifics.Contains(run[start].Text);
                start++;
            }
        }

        // `la ministre de la Culture Aline Ferrand`: the article before a run whose given name comes later is the body's.
        var articleOfBody = start > 0 && !titled && EntityKnowledge.IsGivenName(run[start].Text) && _kinds.IsLeadingRoleOrCommon(run[0]);
        if (_surroundings.OpensWithArticle(run) || (_surroundings.PrecededByArticle(run[0].Start) && !articleOfBody && !EntityKnowledge.IsRoleWord(run[0].Text, language.Code)))
        {
            // `The Washington Post`, `La Asociación`: a name written with an article is a title or a body, not a person.
            return null;
        }

        var words = run.Skip(start).ToList();
        while (language.CapitalisesNouns && words.Count > 2 && !NobleParticle.EndsName(words) && (NameWordKinds.IsNounAfterName(words[^1].Text) || _kinds.IsNounCompound(words[^1].Text)))
        {
            // `gab Stefan Keuter Gelegenheit`, `zahlte Thomas Elder Antrittsgelder`: a German noun or compound after the name;
            // `Jacqueline Rioba von World Vision`: a body after it.
            words.RemoveAt(words.Count - 1);
            while (words.Count > 1 && !words[^1].IsCapitalized)
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        if (!words[0].IsCapitalized || words[^1].Text.Length < 2 || words.Any(w => NameWordKinds.IsAcronym(w.Text)) || HonorificBeforeName.HoldsBodyWord(run, start, NameWordKinds.IsBodyWord))
        {
            // `Instituto Antártico de Chile`, `Washington Post`: an organisation's words anywhere in the run name no person.
            return null;
        }

        if (words.Count == 1 && (KnownSurnames().Contains(words[0].Text) || familyNamesFirst.Names().Contains(words[0].Text) || (titled && EntityKnowledge.IsSurname(words[0].Text))))
        {
            // `Barisic` after `Zoran Barisic`; `Presidente Romero`, a surname after a title, whatever else the word means.
            return words;
        }

        if (VouchedSurnames.Of(text, language.Code).NamesPerson(words))
        {
            // `Petra Hainbuch`, later `Hainbuch`: the article gives the word as a person's surname and never as a noun.
            return words;
        }

        var guess = EntityKnowledge.Classify(words.Select(w => w.Text).ToList(), language.Code);
        if (guess.Kind != EntityKind.Person || guess.Confidence < MinPersonConfidence)
        {
            // `el presidente Nayib Bukele`: a role noun right before makes a person of the run, known names or not.
            return _roleApposed.AfterRoleNoun(run);
        }

        if (words.Count >= 2)
        {
            // German nouns compound without end: a run of unknown capitalised words needs one known name among them, or, right
            // beside its verb, two words no language's common words hold (`Hape Kerkeling konstatiert:`).
            return words.Any(w => EntityKnowledge.IsGivenName(w.Text) || EntityKnowledge.IsSurname(w.Text))
                || (subjectSlot && words.Count == 2 && !words.Any(w => EntityKnowledge.IsCommonWord(w.Text, language.Code))) ? words : _roleApposed.AfterRoleNoun(run);
        }

        var word = words[0].Text;
        if (!titled && language.CapitalisesNouns && _surroundings.AfterLowerCaseArticle(words[0].Start))
        {
            // `in einem Buch`, `über die Kirche`: a German word after an article is a noun, even one that is also a surname
            // (the lexicon drops such nouns from the common words when their plural hides under an umlaut: `Bücher`).
            return null;
        }

        var ordinary = EntityKnowledge.IsCommonWord(word, language.Code);
        var lone = subjectSlot && guess.Confidence >= MinLoneNameConfidence;
        var given = EntityKnowledge.IsGivenName(word) || Diminutive.IsOfGivenName(word, language.Code);
        return !ordinary && (titled || lone || given || EntityKnowledge.IsSurname(word)) ? words : _roleApposed.AfterRoleNoun(run);
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
            start = NameWordKinds.IsGivenNameWord(run[i]) && !EntityKnowledge.IsRoleWord(run[i].Text, language.Code) ? i : -1;
        }

        if (start == 2 && NameWordKinds.IsGivenNameWord(run[1]) && !NameWordKinds.IsGivenNameWord(run[0]) && !EntityKnowledge.IsPlace(Phrase(run, 0, 2)))
        {
            // `Gobierno Juan Carlos Romero`: a second given name after a one-word complement that is no place (`Santa Clara`).
            start = 1;
        }

        return start > 0 && !EntityKnowledge.IsPlace(Phrase(run, start, run.Count)) ? AsPerson(run.Skip(start).ToList()) : null;
    }

    private static string Phrase(IReadOnlyList<Word> run, int from, int to) => string.Join(' ', run.Skip(from).Take(to - from).Select(w => w.Text));

    /// <summary>Runs of capitalised words, with a trailing `d’Aubuisson` kept in the name.</summary>
    public List<List<Word>> Runs(IReadOnlyList<Word> words) => _runs.Runs(words);

    /// <summary>Surnames of the people named in full somewhere in the article (`Barisic` after `Zoran Barisic`), or named alone as a quote's speaker.</summary>
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

        // `Albers` after `„…“, sagt Albers.`: a long read's surname alone (see CuedSurnames).
        _surnames.UnionWith(CuedSurnames.Find(text, words, language, name => AsPerson([name], subjectSlot: true) is not null).ToList());
        return _surnames;
    }
}
