namespace NewsBot.Evaluation;

/// <summary>The annotations count code points (as Python does); C# strings count UTF-16 units.</summary>
public static class CodePointText
{
    /// <summary><c>text[start:end]</c> in code points; null when the range does not fit the text.</summary>
    public static string? Slice(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end < start)
            return null;
        var (from, to) = (-1, -1);
        var index = 0;
        var codePoint = 0;
        while (true)
        {
            if (codePoint == start)
                from = index;
            if (codePoint == end)
            {
                to = index;
                break;
            }

            if (index >= text.Length)
                break;
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
            codePoint++;
        }

        return from < 0 || to < 0 ? null : text[from..to];
    }
}
