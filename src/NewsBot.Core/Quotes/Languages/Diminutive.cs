namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Spanish and Portuguese call people by the diminutive of their given name (`Serginho`, `Juanito`, `Pedrita`): such a word
/// is a given name when its stem, with the name's ending back, is one the lexicon knows.
/// </summary>
internal static class Diminutive
{
    private static readonly string[] Suffixes = ["inho", "inha", "ito", "ita"];
    private static readonly string[] Endings = ["", "o", "a", "io", "ia"];

    public static bool IsOfGivenName(string word, string languageCode)
    {
        if (languageCode is not ("es" or "pt"))
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return Endings.Any(ending => EntityKnowledge.IsGivenName(stem + ending));
            }
        }

        return false;
    }
}
