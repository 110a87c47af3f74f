namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>Word and sentence counts of an extracted text, read in one pass without allocating.</summary>
internal static class TextMeasures
{
    /// <summary>A sentence of prose has at least this many words; a label, a price or a button has fewer.</summary>
    private const int MinimumSentenceWords = 6;

    /// <summary>Runs of letters and digits.</summary>
    public static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>
    /// Runs of anything but white space, punctuation included: how long a line reads, where <see cref="Words"/> counts
    /// "1-10" or "e.g." as two words.
    /// </summary>
    public static int SpaceSeparatedWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var visible = !char.IsWhiteSpace(c);
            words += visible && !inWord ? 1 : 0;
            inWord = visible;
        }

        return words;
    }

    /// <summary>
    /// Sentences of prose, counted up to <paramref name="max"/>: at least six words in one line, ended by a full stop,
    /// question or exclamation mark (a closing quote or bracket may follow) before a space or the end of the text.
    /// </summary>
    public static int ProseSentences(string text, int max)
    {
        var sentences = 0;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length && sentences < max; i++)
        {
            var c = text[i];
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
            if (c == '\n')
            {
                words = 0;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, i))
            {
                sentences += words >= MinimumSentenceWords ? 1 : 0;
                words = 0;
            }
        }

        return sentences;
    }

    private static bool EndsSentence(string text, int mark)
    {
        var next = mark + 1;
        while (next < text.Length && text[next] is '"' or '\'' or '”' or '’' or ')' or '»')
        {
            next++;
        }

        return next == text.Length || char.IsWhiteSpace(text[next]);
    }
}
