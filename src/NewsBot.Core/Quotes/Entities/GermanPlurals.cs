namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// The German word list writes nouns capitalised, and the lexicon build drops a capitalised word that is also a name unless
/// a plural shows it is a noun; plurals that take an umlaut (`Ausfall`/`Ausfälle`, `Buch`/`Bücher`) or whose capitalised form the
/// list lacks (`Art`/`Arten`) escaped that test. A name-listed word with such a plural among the common words is a noun.
/// </summary>
internal static class GermanPlurals
{
    private static readonly string[] Endings = ["e", "en", "n", "er", "nen"];

    public static bool HasNounPlural(EntityLexicon lexicon, string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.All(char.IsLetter)
            || (lexicon.EntityFlags(word) & (LexiconFlags.GivenName | LexiconFlags.Surname)) == 0)
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (lexicon.IsCommonWord(word + ending, "de"))
            {
                return true;
            }
        }

        var umlauted = WithUmlaut(word);
        return umlauted is not null && (lexicon.IsCommonWord(umlauted + "e", "de") || lexicon.IsCommonWord(umlauted + "er", "de"));
    }

    /// <summary>`Ausfall` → `Ausfäll`, `Buch` → `Büch`: the last a, o or u of the word umlauted; null when it has none.</summary>
    private static string? WithUmlaut(string word)
    {
        var at = word.LastIndexOfAny(['a', 'o', 'u']);
        if (at < 0)
        {
            return null;
        }

        // `Baum` → `Bäum`: au takes the umlaut on its a.
        at = word[at] == 'u' && at > 0 && word[at - 1] == 'a' ? at - 1 : at;
        var umlaut = word[at] switch { 'a' => 'ä', 'o' => 'ö', _ => 'ü' };
        return string.Concat(word.AsSpan(0, at), umlaut.ToString(), word.AsSpan(at + 1));
    }
}
