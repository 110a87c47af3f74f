namespace NewsBot.Core.Quotes;

/// <summary>Splits each paragraph into sentences, keeping abbreviations (`Mr.`, `U.S.`) and quoted speech intact.</summary>
internal static class SentenceSplitter
{
    public static List<TextSpan> Split(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var sentences = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            var start = paragraph.Start;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                if (!SentenceBoundaries.IsEnd(text, i, paragraph.End))
                {
                    continue;
                }

                var end = i + 1;
                while (end < paragraph.End && text[end] is '"' or '”' or '’' or '»' or ')')
                {
                    end++;
                }

                if (end < paragraph.End && StartsSentence(text[SkipSpaces(text, end, paragraph.End)]))
                {
                    Add(text, sentences, start, end);
                    start = end;
                    i = end - 1;
                }
            }

            Add(text, sentences, start, paragraph.End);
        }

        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || QuoteMarks.IsOpeningChar(c) || c == '(';

    private static int SkipSpaces(string text, int from, int end)
    {
        while (from < end - 1 && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static void Add(string text, List<TextSpan> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
