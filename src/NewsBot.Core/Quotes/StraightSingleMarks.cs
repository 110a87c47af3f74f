namespace NewsBot.Core.Quotes;

/// <summary>
/// British tabloids (`'This is a difficult time,' he said.`) quote with straight single marks, which elsewhere are
/// apostrophes. A text takes them as quotation marks only when they pair up more often than its double marks open,
/// so that an American text's `'em` or `'90s` never opens a quote.
/// </summary>
internal static class StraightSingleMarks
{
    private const char Mark = '\'';

    private static readonly System.Buffers.SearchValues<char> CountedMarks = System.Buffers.SearchValues.Create("“„«\"'");

    public static bool AreQuotationMarks(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var pairs = 0;
        var doubles = 0;
        foreach (var paragraph in paragraphs)
        {
            // Found once: a search for a close after every opener would be quadratic on a long paragraph of apostrophes.
            var lastClose = LastClose(text, paragraph);
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                // Only marks count: jump to the next.
                var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(CountedMarks);
                if (next < 0)
                {
                    break;
                }

                i += next;
                if (text[i] is '“' or '„' or '«' || (text[i] == '"' && QuoteMarks.OpeningStyle(text, i, paragraph, false) is not null))
                {
                    doubles++;
                }
                else if (text[i] == Mark && i + 1 < paragraph.End && text[i + 1] == Mark)
                {
                    // Two apostrophes stand for a double mark in some archives (`''That was wrong,'' he said`).
                    doubles++;
                    i++;
                }
                else if (i < lastClose && Opens(text, i, paragraph))
                {
                    pairs++;
                }
            }
        }

        return pairs > doubles;
    }

    /// <summary>An opening mark stands after a space, bracket or dash and before a letter.</summary>
    public static bool Opens(string text, int i, TextSpan paragraph) =>
        text[i] == Mark
        && i + 1 < paragraph.End
        && char.IsLetter(text[i + 1])
        && (i == paragraph.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–');

    /// <summary>A closing mark follows a non-space and precedes no letter (`children's` is an apostrophe).</summary>
    public static bool Closes(string text, int i, int end) =>
        text[i] == Mark && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]));

    private static int LastClose(string text, TextSpan paragraph)
    {
        for (var i = paragraph.End - 1; i > paragraph.Start; i--)
        {
            if (Closes(text, i, paragraph.End))
            {
                return i;
            }
        }

        return -1;
    }
}
