namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `o meia Gabrielzinho`, `o técnico Tite`, `el delantero Joselu`: players and politicians go by one name, which the lexicon
/// seldom knows; right after a lower-case person noun it is that person, unless the word is a place, a name the lexicon gives
/// as a given name only (`o técnico Carlos` is half a name the text goes on with) or a short word.
/// </summary>
internal static class MononymAfterRole
{
    private const int MinLength = 4;

    public static bool Fits(Word word, LanguageKnowledge language) =>
        word.Text.Length >= MinLength && !word.Text.Contains('.') && !EntityKnowledge.IsPlace(word.Text)
        && !EntityKnowledge.IsGivenName(word.Text) && !EntityKnowledge.IsCommonWord(word.Text, language.Code);
}
