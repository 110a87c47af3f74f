using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>Reads runs of capitalized words as name mentions, moving leading titles aside and classifying each run.</summary>
internal static class NameMentionReader
{
    private static readonly FrozenSet<string> Connectors =
        new[] { "de", "van", "von", "der", "den", "la", "le", "del", "da", "di", "du", "bin", "al", "el", "of", "dos", "ter" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NameParticles =
        new[] { "von", "van", "de", "di", "da", "du", "del", "della", "dos", "zu" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Occupations written capitalised before a name (`Harbour Authority Spokesperson Ada Lindqvist`): like titles, they end
    /// the title part of a run; words that also name bodies or places (`General`, `Press`, `Head`) are left out.
    /// </summary>
    private static readonly FrozenSet<string> Occupations =
        new[]
        {
            "Spokesperson", "Spokesman", "Spokeswoman", "Executive", "Manager", "Analyst", "Economist", "Adviser", "Advisor",
            "Researcher", "Editor", "Reporter", "Correspondent", "Lawyer", "Official", "Founder", "Strategist", "Aide", "Pollster",
            "Historian", "Scientist", "Columnist", "Commentator", "Activist", "Consultant", "Superintendent", "Coordinator",
            "Administrator", "Councillor", "Councilor", "Legislator", "Negotiator", "Treasurer", "Inspector", "Lecturer", "Curator",
        }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Splits <paramref name="words"/> into runs of adjacent name words.</summary>
    public static List<List<Word>> Runs(string text, IReadOnlyList<Word> words)
    {
        var runs = new List<List<Word>>();
        List<Word>? current = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isName = !IsAbbreviationTail(text, word) && IsRunWord(word) || (current is not null
                && (Connectors.Contains(word.Text) || IsOfficeFor(words, i) || IsSecondParticle(current[^1], word))
                && i + 1 < words.Count && IsRunWord(words[i + 1]) && Adjacent(text, word, words[i + 1]))
                || IsSurnameParticle(text, words, i) || (current is not null && (IsArticleLetterInitial(text, words, i) || DoubleParticle.Opens(text, words, i, current[^1]) || NobleParticle.Joins(text, words, i, current[^1])));
            if (isName && current is not null && Adjacent(text, current[^1], word))
            {
                current.Add(word);
                continue;
            }

            current = isName && !Connectors.Contains(word.Text) ? [word] : null;
            if (current is not null)
            {
                runs.Add(current);
            }
        }

        return runs;
    }

    /// <summary>`Van Der Beek`, `Von Der Heyde`: a capitalised article after `Van`/`Von` is the surname's second particle, not German.</summary>
    private static bool IsSecondParticle(Word previous, Word word) =>
        previous.Text is "Van" or "Von" or "van" or "von" && word.Text is "Der" or "Den" or "De";

    /// <summary>
    /// `Le Pen`, `La Russa`: inside a sentence, a capitalised article glued to a name opens the surname; at a sentence's
    /// or paragraph's start it may be the article of a French or Italian sentence.
    /// </summary>
    private static bool IsSurnameParticle(string text, IReadOnlyList<Word> words, int index)
    {
        var word = words[index];
        if (word.Text is not ("Le" or "La") || index + 1 >= words.Count || !IsRunWord(words[index + 1]) || !Adjacent(text, word, words[index + 1]))
        {
            return false;
        }

        var before = text.AsSpan(0, word.Start).TrimEnd(' ');
        return before.Length > 0 && before[^1] is not ('.' or '!' or '?' or '\n' or ':');
    }

    /// <summary>
    /// `Sonya A. Zoghlin`: inside a name, `A` or `I` with its dot before another name word is an initial, not the article
    /// or the pronoun (other capital letters are name words already).
    /// </summary>
    private static bool IsArticleLetterInitial(string text, IReadOnlyList<Word> words, int index)
    {
        var word = words[index];
        return word.Text is "A" or "I" && word.End < text.Length && text[word.End] == '.'
            && index + 1 < words.Count && IsRunWord(words[index + 1]) && Adjacent(text, word, words[index + 1]);
    }

    public static NameMention? Read(string text, List<Word> run, Func<string, bool> knownPersonSurname)
    {
        run = AfterCommonNounAndParticle(run);
        // Everything up to the last title is the title: `Democratic Senatorial Campaign Committee Chairman Jon Tester`.
        var titleCount = 0;
        for (var i = 0; i < run.Count - 1; i++)
        {
            if (IsTitle(run, i) && !IsMiddleInitial(run, i))
            {
                titleCount = run[i + 1].Text == "of" && i + 2 < run.Count - 1 ? i + 3 : i + 1;
                while (titleCount < run.Count - 1 && run[titleCount].Text == "for")
                {
                    titleCount = ComplementEnd(run, titleCount + 1);
                }
            }
        }

        if (titleCount >= run.Count)
        {
            return OfficeMention(text, run);
        }

        // `ambassador to Britain Liu Xiaming`: the place is where the post is, kept like a title.
        titleCount = titleCount == 0 && LeadingPlaceBeforeName(run) ? 1 : titleCount;

        var nameWords = new string[run.Count - titleCount];
        for (var i = 0; i < nameWords.Length; i++)
        {
            nameWords[i] = run[titleCount + i].Text;
        }

        var afterHonorific = titleCount > 0 && NameLexicon.Honorifics.Contains(run[titleCount - 1].Text);
        if (nameWords.Length == 1 && NameLexicon.Titles.Contains(nameWords[0]) && !afterHonorific)
        {
            return null;
        }

        var title = titleCount > 0 ? text[run[0].Start..TitleEnd(text, run[titleCount - 1])] : null;
        var kind = Classify(nameWords, title is not null, knownPersonSurname);
        var gender = GenderOf(run, titleCount + 1);
        var end = run[^1].End < text.Length && text[run[^1].End] == '.' && SentenceBoundaries.IsAbbreviation(run[^1].Text) ? run[^1].End + 1 : run[^1].End;
        var span = new TextSpan(run[titleCount].Start, end);
        return new NameMention(span, text[span.Start..span.End], nameWords, kind, gender) { Title = title };
    }

    /// <summary>
    /// `High Commissioner for Human Rights`, `Secretary of State for Transport`, `Centre for Policy Studies`: a `for` after an
    /// office or a body's word names what it is for, so the run goes on through it (elsewhere `for` parts two names).
    /// </summary>
    public static bool IsOfficeFor(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Text != "for")
        {
            return false;
        }

        // `Secretary of State for Transport`: the office may carry its own `of` complement before the `for`.
        for (var i = index - 1; i >= 0 && i >= index - 3 && (words[i].IsCapitalized || words[i].Text == "of"); i--)
        {
            var word = words[i].Text;
            if (NameLexicon.Titles.Contains(word) || Occupations.Contains(word) || NameLexicon.OrganisationWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// `the United Nations High Commissioner for Human Rights said`: an office named in full with what it is for speaks as a
    /// body does; a bare title (`the Commissioner`) names no one.
    /// </summary>
    private static NameMention? OfficeMention(string text, List<Word> run)
    {
        if (!run.Any(w => w.Text == "for"))
        {
            return null;
        }

        var span = new TextSpan(run[0].Start, run[^1].End);
        return new NameMention(span, text[span.Start..span.End], run.Select(w => w.Text).ToArray(), NameKind.Organisation, Gender.Unknown);
    }

    /// <summary>
    /// The words an office is for, up to the given name that opens the holder's name (`High Commissioner for Human Rights Jane
    /// Roe`); with no given name the whole run is the office, which names no one.
    /// </summary>
    private static int ComplementEnd(List<Word> run, int start)
    {
        var end = start + 1;
        while (end < run.Count && run[end].Text != "for" && !EntityLexicon.Shared.IsGivenName(run[end].Text) && !NameLexicon.Honorifics.Contains(run[end].Text))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// `Backstube von Uwe Lenz`, `Galleria di Marco Neri`: a capitalised common noun before a name particle is a place or
    /// thing of the person's, so the name starts after the particle; given names before it (`Ludwig van`, `Mark de`) stay.
    /// </summary>
    private static List<Word> AfterCommonNounAndParticle(List<Word> run)
    {
        for (var i = 1; i < run.Count - 1; i++)
        {
            if (!NameParticles.Contains(run[i].Text))
            {
                continue;
            }

            // `Luiz Inácio Lula da Silva`: one given name before the particle makes the words before it part of the name.
            var particle = i;
            var commonNounBefore = AnyCommonNoun(run, particle) && !AnyGivenName(run, particle);
            return commonNounBefore && run[i + 1].IsCapitalized ? run.GetRange(i + 1, run.Count - i - 1) : run;
        }

        return run;
    }

    /// <summary>Whether one of the first <paramref name="count"/> words is a common noun (a loop: a lambda over the run allocated per call).</summary>
    private static bool AnyCommonNoun(List<Word> run, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (IsCommonNoun(run, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyGivenName(List<Word> run, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (EntityLexicon.Shared.IsGivenName(run[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// `China’s ambassador to Britain Liu Xiaming`, `Leeds Tamsin Worrell`: a place that is no name, run into a given name or
    /// surname and more, is where the person or the post is; the person's name starts after it. A place that is also a
    /// common word (`Auch`, a French town and a German adverb) is left alone.
    /// </summary>
    private static bool LeadingPlaceBeforeName(List<Word> run)
    {
        const LexiconFlags NameFlags = LexiconFlags.GivenName | LexiconFlags.Surname;
        var lexicon = EntityLexicon.Shared;
        var first = lexicon.EntityFlags(run[0].Text);
        return run.Count >= 3 && (first & NameFlags) == 0
            && (NameLexicon.PlaceWords.Contains(run[0].Text) || (first.HasFlag(LexiconFlags.Place) && !lexicon.Lookup(run[0].Text).HasFlag(LexiconFlags.CommonWord)))
            && (lexicon.EntityFlags(run[1].Text) & NameFlags) != 0
            && !run.Skip(1).Any(w => NameLexicon.PlaceWords.Contains(w.Text) || NameLexicon.OrganisationWords.Contains(w.Text) || NameLexicon.Titles.Contains(w.Text));
    }

    private static bool IsCommonNoun(List<Word> run, int index) =>
        !IsTitle(run, index) && EntityLexicon.Shared.Lookup(run[index].Text).HasFlag(LexiconFlags.CommonWord);

    /// <summary>The gender of the first <paramref name="count"/> words of <paramref name="run"/> (at most all), as <see cref="GenderOf(IEnumerable{string})"/>.</summary>
    private static Gender GenderOf(List<Word> run, int count)
    {
        for (var i = 0; i < count && i < run.Count; i++)
        {
            if (MarkedGender(run[i].Text) is var gender and not Gender.Unknown)
            {
                return gender;
            }
        }

        return Gender.Unknown;
    }

    public static Gender GenderOf(IEnumerable<string> leadingWords)
    {
        foreach (var word in leadingWords)
        {
            if (MarkedGender(word) is var gender and not Gender.Unknown)
            {
                return gender;
            }
        }

        return Gender.Unknown;
    }

    private static Gender MarkedGender(string word) =>
        NameLexicon.MaleMarkers.Contains(word) && !NameLexicon.FemaleMarkers.Contains(word) ? Gender.Male
        : NameLexicon.FemaleMarkers.Contains(word) && !NameLexicon.MaleMarkers.Contains(word) ? Gender.Female
        : Gender.Unknown;

    private static NameKind Classify(string[] words, bool titled, Func<string, bool> knownPersonSurname)
    {
        if (words.Any(w => NameLexicon.OrganisationWords.Contains(w) || IsAcronym(w)))
        {
            return NameKind.Organisation;
        }

        if (PlaceWordSurname.NamesPerson(words) || (words.Length == 1 && !titled && knownPersonSurname(words[0])))
        {
            // `Kate York`, then `York said`: the surname of a person named before, not the city.
            return NameKind.Person;
        }

        if (words.Any(w => NameLexicon.PlaceWords.Contains(w)) || (words.Length == 1 && !titled && NameLexicon.IsDemonym(words[0])))
        {
            return titled ? NameKind.Person : NameKind.Place;
        }

        return titled || words.Length >= 2 || knownPersonSurname(words[0]) ? NameKind.Person : NameKind.Unknown;
    }

    /// <summary>`Robert M. Danin`: a one-letter title (`M.`, Monsieur) after a name word is the middle initial of the name.</summary>
    private static bool IsMiddleInitial(List<Word> run, int index) =>
        index > 0 && run[index].Text.Length == 1 && !IsTitle(run, index - 1) && EntityLexicon.Shared.IsGivenName(run[index - 1].Text);

    private static bool IsTitle(List<Word> run, int index) =>
        NameLexicon.Titles.Contains(run[index].Text) || NameLexicon.Honorifics.Contains(run[index].Text) || Occupations.Contains(run[index].Text);

    private static int TitleEnd(string text, Word last) => last.End < text.Length && text[last.End] == '.' ? last.End + 1 : last.End;

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || c == '-');

    /// <summary>The letters of `U.S.` or `D.C.`: glued to an abbreviation dot, they are no initials.</summary>
    private static bool IsAbbreviationTail(string text, Word word) =>
        word.Text.Length == 1
        && ((word.Start >= 2 && text[word.Start - 1] == '.' && char.IsLetter(text[word.Start - 2]))
            || (word.End + 1 < text.Length && text[word.End] == '.' && char.IsLetter(text[word.End + 1])));

    private static bool IsRunWord(Word word) =>
        NameLexicon.IsNameWord(word) || NameLexicon.Honorifics.Contains(word.Text);

    private static bool Adjacent(string text, Word left, Word right)
    {
        var gap = text.AsSpan(left.End, right.Start - left.End);
        return gap is " " or "\u00A0" || (gap is ". " && (left.Text.Length == 1 || SentenceBoundaries.IsAbbreviation(left.Text)));
    }
}
