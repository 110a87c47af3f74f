namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Fuentes del ministerio aseguraron`, `Varios vecinos contaron`: a capitalised word opening the clause that is an indefinite
/// in lower case, followed by a lower-case word, is a group, though the name lexicon knows `Fuentes` as a surname.
/// </summary>
internal static class IndefiniteOpener
{
    public static bool Opens(IReadOnlyList<Word> words, int start, int verb, LanguageKnowledge language) =>
        start < verb - 1 && words[start].IsCapitalized && language.Indefinites.Contains(words[start].Lower) && !words[start + 1].IsCapitalized;
}
