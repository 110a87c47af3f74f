namespace NewsBot.Core.Digests;

/// <summary>Crude English suffix stripping: only has to make inflections of one word meet, never to produce a real word.</summary>
internal static class TermStemmer
{
    /// <summary>Plural endings only: "ferries" and "ferry" meet.</summary>
    public static string Plural(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1]
        : word;

    /// <summary>Plurals, -ing and -ed: "flooding", "flooded" and "floods" meet; short words are left alone.</summary>
    public static string Suffixes(string word)
    {
        var stem = Plural(word);
        if (stem.Length > 5 && stem.EndsWith("ing", StringComparison.Ordinal))
            return stem[..^3];
        if (stem.Length > 4 && stem.EndsWith("ed", StringComparison.Ordinal) && !stem.EndsWith("eed", StringComparison.Ordinal))
            return stem[..^2];
        return stem;
    }
}
