namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `STF` → `Supremo Tribunal Federal` where the article writes `Supremo Tribunal Federal (STF)`: an organisation speaks under
/// the fullest name the article gives it, as a person does. The expansion must spell the acronym with its capitalised
/// words' initials (short particles such as `de`, `für`, `of` aside), so a bracket after an unrelated phrase expands nothing.
/// </summary>
internal static class AcronymExpansion
{
    private const int MaxParticleLength = 3;

    public static string? Expand(string text, string acronym)
    {
        var bracket = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        if (bracket <= 0)
        {
            return null;
        }

        var words = WordTokenizer.Tokenize(text, Math.Max(0, bracket - (acronym.Length * 24)), bracket);
        var initials = acronym.Length;
        var first = words.Count;
        for (var i = words.Count - 1; i >= 0 && initials > 0; i--)
        {
            var word = words[i];
            if (word.IsCapitalized && HyphenatedInitials(word.Text, acronym, initials) is > 0 and var spelled)
            {
                // `Robert Koch-Institut (RKI)`: each capitalised part of a hyphenated compound gives its initial.
                initials -= spelled;
                first = i;
            }
            else if (word.IsCapitalized && char.ToUpperInvariant(word.Text[0]) == acronym[initials - 1])
            {
                initials--;
                first = i;
            }
            else if (word.IsCapitalized || word.Text.Length > MaxParticleLength || i == words.Count - 1)
            {
                return null;
            }
        }

        return initials == 0 ? text[words[first].Start..words[^1].End] : null;
    }

    /// <summary>How many initials ending at <paramref name="initials"/> the capitalised parts of <paramref name="word"/> spell; 0 unless it has two or more.</summary>
    private static int HyphenatedInitials(string word, string acronym, int initials)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts.Length > initials || parts.Any(p => !char.IsUpper(p[0])))
        {
            return 0;
        }

        for (var j = 0; j < parts.Length; j++)
        {
            if (parts[j][0] != acronym[initials - parts.Length + j])
            {
                return 0;
            }
        }

        return parts.Length;
    }
}
