namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Drops the lines of a listing, collection or product text that are mostly machine tokens: a bare image or page
/// address, a run of identifiers a shop's template prints as text ("Sf2f260c3-bf1f-…" strings written to foil
/// copying) or a key's value from a product's data dump. A reader sees none of them as words, yet the word count
/// takes each identifier for several. A line that is only half such a token keeps it (a model number in a name).
/// </summary>
internal static class MachineTokenLines
{
    /// <summary>A word, a compound or a model number is shorter; an address or a chain of identifiers is not.</summary>
    private const int MinimumTokenChars = 25;

    /// <summary>The text without its lines of machine tokens; the text as it was when nothing else would remain.</summary>
    public static string Remove(string text)
    {
        if (!HoldsLongToken(text))
        {
            return text;
        }

        var kept = TextLines.Without(text, line => IsMachineLine(line));
        return kept.Length > 0 ? kept : text;
    }

    /// <summary>Whether at least half the line's visible characters are machine tokens.</summary>
    internal static bool IsMachineLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        var machineChars = 0;
        var start = 0;
        for (var i = 0; i <= trimmed.Length; i++)
        {
            if (i < trimmed.Length && !char.IsWhiteSpace(trimmed[i]))
            {
                continue;
            }

            var token = trimmed[start..i];
            machineChars += token.Length >= MinimumTokenChars && IsMachineToken(token) ? token.Length : 0;
            start = i + 1;
        }

        return machineChars > 0 && machineChars * 2 >= trimmed.Length;
    }

    /// <summary>An address, or a long token mixing ASCII letters and digits (a word has no digits).</summary>
    private static bool IsMachineToken(ReadOnlySpan<char> token) =>
        token.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (token.IndexOfAnyInRange('0', '9') >= 0 && (token.IndexOfAnyInRange('a', 'z') >= 0 || token.IndexOfAnyInRange('A', 'Z') >= 0));

    /// <summary>Most shop texts hold no token this long: they are returned without being split.</summary>
    private static bool HoldsLongToken(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsWhiteSpace(c) ? 0 : run + 1;
            if (run >= MinimumTokenChars)
            {
                return true;
            }
        }

        return false;
    }
}
