namespace NewsBot.Core.Quotes;

/// <summary>
/// `Harbour fees as a major worry: “…”` under a heading `All Eyes on Harbour Fees`: a capitalized word whose full form's
/// next word follows it here in lower case is the common phrase, not the name a title-case heading seemed to give.
/// </summary>
internal static class LowercasedNameWords
{
    public static bool Follow(string text, SpeakerCandidate candidate, NameMention full)
    {
        if (candidate.Words.Count != 1 || full.Words.Count < 2 || !string.Equals(full.Words[0], candidate.Words[0], StringComparison.Ordinal))
        {
            return false;
        }

        var next = candidate.Position + candidate.Written.Length;
        if (next >= text.Length || text[next] != ' ')
        {
            return false;
        }

        var start = next + 1;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        return word.Length > 0 && char.IsLower(word[0]) && word.Equals(full.Words[1], StringComparison.OrdinalIgnoreCase);
    }
}
