namespace NewsBot.Core.Quotes;

/// <summary>
/// `Senior advocate Vikram Sehgal, appearing for Khurana, argued that …`: counsel speak for a client named in an apposition
/// between them and the verb; the subject is the name before it, not the client next to the verb.
/// </summary>
internal static class ClientApposition
{
    /// <summary>How many of the words before the verb remain once a closing `, appearing for …,` apposition is cut; all when none.</summary>
    public static int WordsBefore(string text, IReadOnlyList<Word> words)
    {
        if (words.Count < 3 || !text.AsSpan(words[^1].End).TrimStart().StartsWith(",", StringComparison.Ordinal))
        {
            return words.Count;
        }

        for (var i = words.Count - 2; i > 0; i--)
        {
            var opensApposition = text.AsSpan(0, words[i].Start).TrimEnd().EndsWith(",", StringComparison.Ordinal);
            var forClient = words[i].Lower is "appearing" or "acting" && words[i + 1].Lower == "for" || words[i].Lower == "representing";
            if (opensApposition && forClient)
            {
                return i;
            }
        }

        return words.Count;
    }
}
