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
            if (word.IsCapitalized && char.ToUpperInvariant(word.Text[0]) == acronym[initials - 1])
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
}
