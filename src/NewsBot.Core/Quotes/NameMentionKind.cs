namespace NewsBot.Core.Quotes;

/// <summary>Whether a mention's name words (its title set aside) name a person, a body or a place.</summary>
internal static class NameMentionKind
{
    public static NameKind Classify(string[] words, bool titled, Func<string, bool> knownPersonSurname)
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

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || c == '-');
}
