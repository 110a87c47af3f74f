using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Spanish and Portuguese papers go on about the person they follow with nouns the article never gave that person as a role
/// (`Hugo Valencia contó … el periodista recordó`, `el máximo funcionario de la Fiscalía explicó`, `o apresentador disse`):
/// a singular person noun refers to the latest clause subject of its gender in the last few paragraphs, when no one else
/// who could be that person was named since as a subject or participant, nor introduced as `un alto cargo`. Otherwise it
/// names no one.
/// </summary>
internal sealed class ProtagonistDescription(string text, LanguageKnowledge language, PersonNames people)
{
    private const int ParagraphsBack = 5;
    private const int MaxWordsToNoun = 3;

    /// <summary>The person <paramref name="description"/> (article first) at <paramref name="position"/> goes on about, or null.</summary>
    public PersonMention? Find(IReadOnlyList<Word> description, Gender gender, int position)
    {
        if ((language.PersonNouns.Count == 0 && !language.CapitalisesNouns) || gender == Gender.Unknown || PersonNoun(description, 0, gender) is not { } noun)
        {
            return null;
        }

        var from = ParagraphStart(position);
        var subject = people.Latest(position, from, gender, subjectsOnly: true);
        if (subject is null || people.GenderOf(subject) is var known && known != gender && (known != Gender.Unknown || people.OtherNamedBetween(subject.Words, subject.Start + 1, position, Gender.Unknown)))
        {
            // A subject whose name tells no gender (`Tite`, `Lula`) is meant only when no one else at all was named since.
            return null;
        }

        var words = WordTokenizer.Tokenize(text, subject.Start, position);
        if (people.OtherSubjectBetween(subject.Words, subject.Start + 1, position, gender) || IntroducesSomeone(words)
            || NamedBesideInParagraph(subject, from, position, gender))
        {
            return null;
        }

        // German word order leaves `Jonas Wegner traf am Montag Paul Kramer` open as to who did it (a name before the subject in
        // its sentence may be the subject; one after it is an object), and `die Ministerin` (an office) is not the woman made the mayor.
        if (language.CapitalisesNouns && (people.OtherNamedBetween(subject.Words, SentenceStart(subject.Start), subject.Start, gender)
            || (EntityKnowledge.IsRoleWord(noun, language.Code) && people.Roles.DescribesOther(subject.Words, description))))
        {
            return null;
        }

        // `el funcionario policial ha garantizado … De hecho, el ministro Eduardo del Castillo …  “…”, señaló el funcionario`:
        // the noun already stood for someone before that subject was named, who may still be meant, unless it was the same person.
        var earlier = EarlierUse(noun, gender, from, subject.Start);
        return earlier < 0 || people.Latest(earlier, ParagraphStart(earlier), gender, subjectsOnly: true) is { } first && PersonNames.SameSurname(first.Words, subject.Words) ? subject : null;
    }

    /// <summary>`el periodista`, `el máximo funcionario`, `a jornalista`: the person noun soon after the article at <paramref name="article"/>, before any complement or name.</summary>
    private string? PersonNoun(IReadOnlyList<Word> words, int article, Gender gender)
    {
        if (article + 1 >= words.Count || language.PluralDeterminers.Contains(words[article].Lower))
        {
            return null;
        }

        for (var k = article + 1; k < words.Count && k - article <= MaxWordsToNoun; k++)
        {
            var word = words[k];
            if (language.CapitalisesNouns && word.IsCapitalized)
            {
                // `der 15-malige Major-Sieger`, `der Experte`: German capitalises the noun after any adjectives.
                return GermanPersonHead.Names(word.Text, gender) ? word.Lower : null;
            }

            if (word.IsCapitalized || language.Prepositions.Contains(word.Lower))
            {
                return null;
            }

            if (language.IsPersonNoun(word.Lower))
            {
                return word.Lower;
            }
        }

        return null;
    }

    /// <summary>
    /// `A diretoria, por meio do vice-presidente, Marcos Teles, minimizou. "…", rebateu o dirigente`: someone else of the
    /// gender named in the quote's own paragraph, even beside a body, is as likely meant as the person the article follows.
    /// </summary>
    private bool NamedBesideInParagraph(PersonMention subject, int from, int position, Gender gender)
    {
        var paragraph = position > 0 ? text.LastIndexOf('\n', position - 1) + 1 : 0;
        return people.OtherNamedBetween(subject.Words, Math.Max(Math.Max(from, paragraph), subject.Start + 1), position, gender);
    }

    /// <summary>`un alto cargo de defensa aclaró`: an indefinite person noun brings in someone new, whom a later `el funcionario` may be.</summary>
    private bool IntroducesSomeone(List<Word> words)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (language.Indefinites.Contains(words[i].Lower) && !people.InsideQuote(words[i].Start) && (PersonNoun(words, i, Gender.Male) ?? PersonNoun(words, i, Gender.Female)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the same noun, after an article of the same gender, first stood outside quotes between <paramref name="from"/> and <paramref name="to"/>; -1 if nowhere.</summary>
    private int EarlierUse(string noun, Gender gender, int from, int to)
    {
        var words = WordTokenizer.Tokenize(text, from, to);
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (language.GenderedDeterminers.TryGetValue(words[i].Lower, out var article) && article == gender
                && !people.InsideQuote(words[i].Start) && PersonNoun(words, i, gender) == noun)
            {
                return words[i].Start;
            }
        }

        return -1;
    }

    private int SentenceStart(int at)
    {
        while (at > 0 && !EndsSentence(at - 1))
        {
            at--;
        }

        return at;
    }

    private bool EndsSentence(int i) => text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));

    /// <summary>Where the paragraph <see cref="ParagraphsBack"/> paragraphs before the one holding <paramref name="position"/> starts.</summary>
    private int ParagraphStart(int position)
    {
        var at = Math.Min(position, text.Length);
        for (var breaks = 0; breaks <= ParagraphsBack; breaks++)
        {
            var found = at > 0 ? text.LastIndexOf("\n\n", at - 1, StringComparison.Ordinal) : -1;
            if (found < 0)
            {
                return 0;
            }

            at = found;
        }

        return at;
    }
}
