namespace NewsBot.Core.Quotes;

/// <summary>
/// `a homemaker from Ward 12`, `Gate 7`, `Room 101`: one capitalised word with a number right after it names a numbered
/// place or thing, though the word may be a surname (`Ward`, `Gate`), so a later `he said` does not mean it.
/// </summary>
internal static class NumberedThing
{
    public static bool Is(string text, NameMention mention)
    {
        if (mention.Words.Count != 1 || mention.Span.End + 1 >= text.Length || text[mention.Span.End] != ' ')
        {
            return false;
        }

        var next = mention.Span.End + 1;
        var end = next;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        // `Ward 12`, not `Holt 2019` at a year or `Holt, 52` at an age (the comma already parts those).
        return end > next && end - next <= 3 && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
