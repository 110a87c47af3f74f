namespace NewsBot.Core.Quotes;

/// <summary>
/// Where a role phrase's role begins: after its article, a place modifier (`London-based`) and a common-noun possessor
/// (`the city's transport director` → `transport director`); a named possessor stays (`Acme's chief economist`).
/// </summary>
internal static class RolePhrase
{
    public static int FirstRoleWord(string text, IReadOnlyList<Word> words)
    {
        var first = 0;
        for (var i = 0; i < words.Count - 1; i++)
        {
            var word = words[i];
            if ((i == first && word.Lower is "the" or "a" or "an") || word.Lower.EndsWith("-based", StringComparison.Ordinal)
                || (!word.IsCapitalized && IsPossessive(text, word)))
            {
                first = i + 1;
            }
        }

        return first;
    }

    /// <summary>The role's text, from <see cref="FirstRoleWord"/> to the last word.</summary>
    public static string Text(string text, IReadOnlyList<Word> words) => text[words[Math.Min(FirstRoleWord(text, words), words.Count - 1)].Start..words[^1].End];

    private static bool IsPossessive(string text, Word word) =>
        text.AsSpan(word.End).StartsWith("’s", StringComparison.Ordinal) || text.AsSpan(word.End).StartsWith("'s", StringComparison.Ordinal);
}
