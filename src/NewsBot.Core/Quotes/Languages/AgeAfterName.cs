using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Neusa Fontes, 68 anos,`, `Paul Girard, 52 ans.`, `Ana Ruiz, 71 años,`: an age written with its noun after a name and a
/// comma. Romance papers give it where English ones write `Jana Roe, 42,`; only people are given an age, so it makes a person
/// of a name the lexicon does not know (`Neusa`) or reads as a common word (`Fontes`, sources).
/// </summary>
internal static class AgeAfterName
{
    private const int MaxLookahead = 16;

    private static readonly FrozenSet<string> Nouns = new[] { "ans", "anos", "años", "anni", "years" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether `, NN noun` followed by a comma, full stop or closing bracket stands at <paramref name="end"/>.</summary>
    public static bool Follows(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(MaxLookahead, text.Length - end));
        if (!after.StartsWith(", "))
        {
            return false;
        }

        var digits = 2;
        while (digits < after.Length && char.IsAsciiDigit(after[digits]))
        {
            digits++;
        }

        if (digits - 2 is not (1 or 2) || digits >= after.Length || after[digits] != ' ')
        {
            return false;
        }

        var noun = after[(digits + 1)..];
        var nounEnd = noun.IndexOfAny(",.)");
        return nounEnd > 0 && Nouns.Contains(noun[..nounEnd].ToString());
    }
}
