using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Whether a mention can be the referent of a pronoun: a person of the pronoun's gender, not a plural group, not a
/// capitalized sentence opener, not a name addressed or used as a modifier. Remembers the lexicon's person verdict per
/// mention, since pronoun resolution asks about the same mentions again and again.
/// </summary>
internal sealed class ReferentChecks
{
    private readonly string _text;
    private readonly List<NameMention> _mentions;
    private readonly FullFormFinder _fullForms;
    private readonly Dictionary<int, bool> _canBePerson = [];

    public ReferentChecks(string text, List<NameMention> mentions, FullFormFinder fullForms)
    {
        _text = text;
        _mentions = mentions;
        _fullForms = fullForms;
    }

    /// <summary>`she told Oprah`, `a Jenny Craig spokeswoman`, `a university in Nairobi`: names a later `she said` does not mean.</summary>
    public static bool NotAReferent(NameMention mention) => mention.Addressed || mention.Modifier || mention.PlaceObject;

    /// <summary>
    /// `Omar asked for compassion …`: one word the lexicon gives a gender, before a reporting verb, is someone the sentence is
    /// about even where no full name is found for it.
    /// </summary>
    public static bool IsGenderedSubject(NameMention mention) =>
        mention is { Kind: NameKind.Unknown, SubjectOfReportingVerb: true } && mention.Gender != Gender.Unknown;

    /// <summary>A title or a given name before the surname, and the lexicon agrees: `Insbesondere Südostasien` is no one.</summary>
    public static bool IsSurelyPerson(NameMention mention, string? language) =>
        (mention.Title is not null || (mention.Words.Count >= 2 && EntityLexicon.Shared.IsGivenName(mention.Words[0])))
        && EntityLexicon.Shared.Classify(mention.Words, language).Kind == EntityKind.Person;

    public bool Fits(NameMention mention, Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            return true;
        }

        var full = _fullForms.FullForm(mention.Words, mention.Span.Start) ?? mention;
        if (!CanBePerson(full))
        {
            // `he said` after `… said the Univision anchor` or `… in the Middle East`: a pronoun for a person skips what is none.
            return false;
        }

        var known = KnownGender(mention, full);
        return known == Gender.Unknown || known == gender;
    }

    /// <summary>The gender the mention, its full form, another mention of the surname or the lexicon's given name gives.</summary>
    public Gender KnownGender(NameMention mention) => KnownGender(mention, _fullForms.FullForm(mention.Words, mention.Span.Start) ?? mention);

    private Gender KnownGender(NameMention mention, NameMention full)
    {
        var known = mention.Gender != Gender.Unknown ? mention.Gender : full.Gender;
        if (known == Gender.Unknown)
        {
            known = _mentions.FirstOrDefault(m => m.LastWord == mention.LastWord && m.Gender != Gender.Unknown)?.Gender ?? Gender.Unknown;
        }

        if (known == Gender.Unknown && full.Words.Count > 1)
        {
            known = EntityLexicon.Shared.GenderOf(full.Words[0]);
        }

        return known;
    }

    /// <summary>Pronoun resolution asks about the same mentions again and again; the lexicon's verdict is worth remembering.</summary>
    public bool CanBePerson(NameMention mention)
    {
        if (!_canBePerson.TryGetValue(mention.Span.Start, out var can))
        {
            // `Tom Hale, 61,` then `Hale`: a surname the article vouches for is a person, whatever the lexicon takes it for.
            can = SpeakerEntityCheck.CanBePerson(mention) || VouchedSurnames.Of(_text, null).NamesPerson(mention.Words);
            _canBePerson[mention.Span.Start] = can;
        }

        return can;
    }

    /// <summary>A lone unknown word opening a sentence, never seen as part of a fuller name, is just a capitalized word.</summary>
    public bool IsCapitalizedWord(NameMention mention) =>
        mention is { Kind: NameKind.Unknown, OpensSentence: true, Words.Count: 1 } && _fullForms.FullForm(mention.Words, mention.Span.Start) is null;

    /// <summary>`Democrats`, `Republicans` are groups; `Charles`, `James`, `Harris` are names the lexicon knows.</summary>
    public static bool LooksPlural(NameMention mention) =>
        mention.Words.Count == 1 && mention.LastWord.EndsWith('s') && mention.Kind == NameKind.Unknown
        && !EntityLexicon.Shared.IsGivenName(mention.LastWord) && !EntityLexicon.Shared.IsSurname(mention.LastWord);
}
