namespace NewsBot.Core.Quotes;

/// <summary>Splits article text into paragraphs at line breaks (blank lines included), trimming the whitespace around each.</summary>
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
            var end = FindLineBreak(text, start);
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

    /// <summary>
    /// Offset of the next line break. Paragraphs are meant to be separated by blank lines, but feeds and extractors
    /// also deliver one paragraph per line; a line break inside a news paragraph is rare enough to treat every one as a boundary.
    /// </summary>
    private static int FindLineBreak(string text, int from)
    {
        var i = text.IndexOf('\n', from);
        return i >= 0 ? i : text.Length;
    }
}
