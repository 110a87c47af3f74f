namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Hacienda descarta subir el IVA:`, `el Gobierno recurre el ERE:`: an acronym after a lower-case article that follows a verb
/// or another lower-case word of the lead is that verb's object, a tax or a procedure, not who speaks. After a conjunction
/// (`y el PP:`) or a preposition the article's acronym is left to the readers that weigh those.
/// </summary>
internal static class ObjectAcronym
{
    public static bool Is(IReadOnlyList<Word> lead, int position, LanguageKnowledge language)
    {
        var at = -1;
        for (var i = 0; i < lead.Count && at < 0; i++)
        {
            at = lead[i].Start == position ? i : -1;
        }

        if (at < 2 || !SubjectPhrase.IsAcronym([lead[at]]))
        {
            return false;
        }

        var (article, before) = (lead[at - 1], lead[at - 2]);
        return !article.IsCapitalized && language.Determiners.Contains(article.Lower) && !before.IsCapitalized
            && !language.And.Contains(before.Lower) && !language.Conjunctions.Contains(before.Lower) && !language.Prepositions.Contains(before.Lower);
    }
}
