using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `sagte eine Sprecherin des Ministeriums`, `según un portavoz de la empresa`, `a indiqué le porte-parole de la préfecture`:
/// a spokesperson of a body the text does not name as a person. It is a person only when the article gave exactly one person
/// that office, its body agreeing (`Ministeriumssprecherin Anna Roth`, `El portavoz de la empresa, Luis Ferrán,`); two such
/// people, or none, leave it to no one, since an unnamed spokesperson speaks for the body and may be anyone there.
/// </summary>
internal static class SpokespersonOfBody
{
    private const int MinWords = 4;

    // German has no `of` preposition of its own (LanguageKnowledge leaves the set empty): a body follows in the genitive or after `von`.
    private static readonly FrozenSet<string> GermanOf = new[] { "des", "der", "von", "vom" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An article, a spokesperson noun and an `of` complement.</summary>
    public static bool Describes(List<Word> description, LanguageKnowledge language) =>
        description.Count >= MinWords && SpokespersonBody.IsSpokesperson(description[1])
        && (language.OfPrepositions.Contains(description[2].Lower) || (language.CapitalisesNouns && GermanOf.Contains(description[2].Lower)));

    /// <summary>The one person the article gave this spokesperson's office before <paramref name="anchor"/>, or null.</summary>
    public static PersonMention? Holder(List<Word> description, LanguageKnowledge language, PersonRoles roles, Gender gender, int anchor) =>
        Describes(description, language) ? roles.Described(description, gender, anchor) : null;
}
