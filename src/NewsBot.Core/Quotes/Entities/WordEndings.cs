namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// Endings that mark a word as an inflected or derived common word rather than a name, per language: plurals of common
/// words ("Delegates"), participles and adverbs ("Hacked", "Nowadays"), abstract nouns ("Containment", "información").
/// </summary>
internal static class WordEndings
{
    private static readonly string[][] Derivations =
    [
        ["ed", "ing", "ly", "tion", "sion", "ment", "ness", "ity", "ive", "ism", "ians"],
        ["ung", "heit", "keit", "schaft", "ismus", "tion", "lich", "isch"],
        ["ment", "tion", "sion", "ité", "isme", "iste", "eux", "euse", "ique"],
        ["ción", "sión", "mente", "idad", "ismo", "ista", "ado", "ada", "ados", "adas", "ido", "ida", "ó", "ía", "amos", "emos", "imos", "aron", "ieron", "aba"],
        ["zione", "sione", "mente", "ità", "ismo", "ista", "ato", "ata", "ati", "ate", "ò", "iamo", "arono", "avano"],
        ["ção", "ções", "são", "mente", "dade", "ismo", "ista", "ado", "ada", "ados", "adas", "ou", "aram", "eram", "amos", "emos", "ava"],
    ];

    /// <summary>Whether <paramref name="key"/> (lower case) ends like a common word of <paramref name="language"/>.</summary>
    public static bool LookDerived(ReadOnlySpan<char> key, string? language)
    {
        var index = LexiconLanguages.IndexOf(language);
        if (index < 0 || key.Length < 6)
        {
            return false;
        }

        foreach (var ending in Derivations[index])
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
