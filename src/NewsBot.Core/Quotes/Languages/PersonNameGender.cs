using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>The gender a person's name tells in the article's language, from its given name or the honorific before it.</summary>
internal sealed class PersonNameGender(LanguageKnowledge language, ArticleFamilyNamesFirst familyNamesFirst)
{
    /// <summary>`Keith` after `Andreas Keith`: a surname has the gender of the given name the article gave it.</summary>
    public Gender OfFullName(IReadOnlyList<string> words) => words.Count > 1 && !OpensWithFamilyName(words) ? GivenNameGender(words[0]) : Gender.Unknown;

    /// <summary>`Yoon Tae-ho`, and `Yoon` alone after him: a family name written first is no given name with a gender.</summary>
    public Gender OfPerson(List<Word> person) =>
        OpensWithFamilyName(person.Select(w => w.Text).ToList()) || (person.Count == 1 && familyNamesFirst.Names().Contains(person[0].Text))
            ? Gender.Unknown : GivenNameGender(person[0].Text);

    /// <summary>The gender a name's first word tells, none when it is a family name written first (`Jin Sohee`).</summary>
    public Gender OfWords(IReadOnlyList<string> words) => OpensWithFamilyName(words) ? Gender.Unknown : GivenNameGender(words[0]);

    /// <summary>`Yoon Tae-ho`, `Kim Sohee`: `Kim` or `Jin` is the family's name here, not a given name with a gender.</summary>
    private bool OpensWithFamilyName(IReadOnlyList<string> words) =>
        FamilyNameFirst.Is(words) || (words.Count == 2 && !language.CapitalisesNouns && FamilyNameFirst.IsUnhyphenated(words[0], words[1], language.Code));

    /// <summary>
    /// `M. Yoon`, `Mme Park`: where the name tells no gender, the honorific set aside before it does, or a German woman's
    /// title (`Bürgermeisterin Hinrichs`).
    /// </summary>
    public Gender OfRun(List<Word> run, List<Word> person) =>
        OfPerson(person) is var gender and not Gender.Unknown ? gender
        : NameMentionReader.GenderOf(run.TakeWhile(w => w.Start < person[0].Start).Select(w => w.Text.TrimEnd('.'))) is var titled and not Gender.Unknown ? titled
        : GermanRoleGender.Before(run, person[0].Start, language.Code);

    /// <summary>
    /// The lexicon's gender of a given name in the article's language (`Andrea` is a man in Italian), where its sources
    /// give one; else the curated markers' (names the sources do not know). A name the sources use for both stays open.
    /// </summary>
    public Gender GivenNameGender(string givenName)
    {
        var first = givenName.Split('-')[0];
        return EntityKnowledge.KnowsGenderOf(first) ? EntityKnowledge.GenderOf(first, language.Code) : NameMentionReader.GenderOf([first]);
    }
}
