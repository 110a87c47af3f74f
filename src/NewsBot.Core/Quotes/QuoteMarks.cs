namespace NewsBot.Core.Quotes;

/// <summary>Which characters open and close quotations, across English and continental typography.</summary>
internal static class QuoteMarks
{
    public const string Openers = "\"“„«»‘”‚‹›";

    /// <summary>Every character <see cref="OpeningStyle"/> may read as an opener: a scan between quotes jumps from one to the next.</summary>
    public static readonly System.Buffers.SearchValues<char> PossibleOpeners = System.Buffers.SearchValues.Create(Openers + "'");

    public static bool IsOpeningChar(char c) => Openers.Contains(c, StringComparison.Ordinal);

    public static bool Closes(MarkStyle style, char c) => style switch
    {
        MarkStyle.Straight => c is '"' or '”',
        MarkStyle.Curly => c is '”' or '"',
        MarkStyle.LowNinety => c is '“' or '”',
        MarkStyle.Guillemet => c == '»',
        MarkStyle.ReversedGuillemet => c == '«',
        MarkStyle.LowSingle => c == '‘',
        MarkStyle.SingleGuillemet => c == '›',
        MarkStyle.ReversedSingleGuillemet => c == '‹',
        _ => c == '’',
    };

    /// <summary>The style a mark at <paramref name="i"/> opens, when it opens one at the top level.</summary>
    public static MarkStyle? OpeningStyle(string text, int i, TextSpan paragraph, bool straightSingles)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        var afterIsSpace = char.IsWhiteSpace(after);
        return text[i] switch
        {
            '"' when !afterIsSpace && !char.IsLetterOrDigit(before) => MarkStyle.Straight,
            '“' => MarkStyle.Curly,
            '”' when char.IsLetterOrDigit(after) && !char.IsLetterOrDigit(before) => MarkStyle.Curly,
            '„' => MarkStyle.LowNinety,
            '«' => MarkStyle.Guillemet,
            '»' when !afterIsSpace && text.IndexOf('«', i, paragraph.End - i) > 0 => MarkStyle.ReversedGuillemet,
            '‚' when char.IsLetter(after) && !char.IsLetterOrDigit(before) && text.IndexOf('‘', i, paragraph.End - i) > 0 => MarkStyle.LowSingle,
            '‹' when OpensSingleGuillemet(text, i, paragraph, afterIsSpace) => MarkStyle.SingleGuillemet,
            '›' when !afterIsSpace && !char.IsLetterOrDigit(before) && text.IndexOf('‹', i, paragraph.End - i) > 0 => MarkStyle.ReversedSingleGuillemet,
            '‘' when OpensSingle(before, after) && FindSingleClose(text, i + 1, paragraph.End) > 0 => MarkStyle.Single,
            '\'' when straightSingles && StraightSingleMarks.Opens(text, i, paragraph) => MarkStyle.StraightSingle,
            _ => null,
        };
    }

    /// <summary>
    /// `‹El puerto…›`, and in French typography `‹ Le port… ›` with spaces inside both marks (a lone `‹ Previous` link, whose
    /// closing mark has no space before it or is missing, opens nothing).
    /// </summary>
    private static bool OpensSingleGuillemet(string text, int i, TextSpan paragraph, bool afterIsSpace)
    {
        var close = text.IndexOf('›', i, paragraph.End - i);
        return close > 0 && (!afterIsSpace || (i + 2 < close && char.IsLetter(text[i + 2]) && char.IsWhiteSpace(text[close - 1])));
    }

    /// <summary>A left single mark opens a quotation after a space or bracket and before a word.</summary>
    public static bool OpensSingle(char before, char after) =>
        char.IsLetterOrDigit(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '"' or '“' or '«' or '„');

    /// <summary>A right single mark closes only where it is no apostrophe: after a non-space, before a non-letter.</summary>
    public static bool ClosesSingle(string text, int i, int end) =>
        text[i] == '’'
        && !char.IsWhiteSpace(text[i - 1])
        && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]));

    public static int FindSingleClose(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (ClosesSingle(text, i, end))
            {
                return i;
            }
        }

        return -1;
    }
}
