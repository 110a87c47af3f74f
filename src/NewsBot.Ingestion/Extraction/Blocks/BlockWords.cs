namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>Lower-cased runs of letters and digits: the words blocks are measured and labelled by.</summary>
internal static class BlockWords
{
    public static string[] Of(string text)
    {
        var words = new List<string>();
        foreach (var word in new WordRuns(text, underscoreJoins: true))
        {
            words.Add(text[word].ToLowerInvariant());
        }

        return [.. words];
    }

    /// <summary>The distinct words of a text, for asking whether a block's words are in it.</summary>
    public static HashSet<string> SetOf(string text) => new(Of(text), StringComparer.Ordinal);

    /// <summary>The share of <paramref name="words"/> that <paramref name="set"/> holds (0 for no words).</summary>
    public static double ShareIn(string[] words, HashSet<string> set)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        var found = 0;
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                found++;
            }
        }

        return (double)found / words.Length;
    }
}
