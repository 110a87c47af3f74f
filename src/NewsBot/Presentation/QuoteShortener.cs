namespace NewsBot.Presentation;

/// <summary>
/// Shortens text for display at a word boundary and marks the cut with an ellipsis. What is kept is the text's
/// own prefix, character for character: a quote is never reworded, only cut.
/// </summary>
public static class QuoteShortener
{
    public const char Ellipsis = '…';

    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
            return text;
        var room = maxLength - 1;
        for (var i = room; i > 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
                continue;
            var prefix = text[..i].TrimEnd();
            if (prefix.Length > 0)
                return prefix + Ellipsis;
        }
        return HardCut(text, room) + Ellipsis;
    }

    // One unbroken "word" longer than the room (a URL, a CJK sentence): cut it, but never between a surrogate pair.
    private static string HardCut(string text, int room)
    {
        var cut = room;
        if (cut > 0 && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..cut];
    }
}
