namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `el titular de Hacienda`, `la funcionaria`, `le PDG`, `l'ad`: a Romance description that names one office (a body's head,
/// an abbreviation, a word for an official) rather than an occupation the press lends anyone (`el investigador`, `o jogador`
/// for a meteorologist or a spiker). When the article gave such an office to someone else, the speaker before, who holds
/// other roles only, does not go on.
/// </summary>
internal static class SpecificOffice
{
    public static bool Names(List<Word> description, LanguageKnowledge language)
    {
        if (GenericOfficeNouns.InDescription(description) || description.Exists(IsAbbreviatedOffice))
        {
            return true;
        }

        // `el titular de Hacienda`, `la titular de Interior`: the head of the body named after it.
        return description.Count > 2 && PersonRoles.IsHeadOf(description[1].Lower) && language.OfPrepositions.Contains(description[2].Lower);
    }

    private static bool IsAbbreviatedOffice(Word word)
    {
        var noun = ElidedArticle.Noun(word.Lower) ?? word.Lower;
        return OfficeSynonyms.IsAbbreviation(noun) || noun is "pdg" or "p-dg";
    }
}
