namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `lamentó el dueño de una taquería`, `racconta il titolare di un bar`: a role whose complement opens with an indefinite
/// article brings someone new into the story, whom the text does not name, so it never refers back to the last speaker or
/// to a person named before.
/// </summary>
internal static class IndefiniteComplement
{
    public static bool Introduces(List<Word> description, LanguageKnowledge language)
    {
        if (language.CapitalisesNouns)
        {
            return false;
        }

        var of = description.FindIndex(1, w => language.OfPrepositions.Contains(w.Lower));
        return of >= 2 && of + 1 < description.Count && language.Indefinites.Contains(description[of + 1].Lower)
            && description[of + 1].Lower != "fuentes";
    }
}
