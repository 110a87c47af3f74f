namespace NewsBot.Core.Quotes;

/// <summary>Splits article text into paragraphs at blank lines, trimming the whitespace around each.</summary>
internal static class ParagraphSplitter
{
    public static List<TextSpan> Split(string text)
    {
        var paragraphs = new List<TextSpan>();
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position >= text.Length)
            {
                break;
            }

            var start = position;
            var end = FindBlankLine(text, start);
            var trimmedEnd = end;
            while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            paragraphs.Add(new TextSpan(start, trimmedEnd));
            position = end;
        }

        return paragraphs;
    }

    /// <summary>Offset of the line break that starts a blank line, or the text's end.</summary>
    private static int FindBlankLine(string text, int from)
    {
        for (var i = text.IndexOf('\n', from); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0')
            {
                j++;
            }

            if (j >= text.Length || text[j] == '\n')
            {
                return i;
            }
        }

        return text.Length;
    }
}
