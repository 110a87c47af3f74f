using System.Globalization;

namespace NewsBot.Core.Quotes;

/// <summary>Splits a stretch of text into words; hyphens and inner apostrophes stay inside a word.</summary>
internal static class WordTokenizer
{
    public static List<Word> Tokenize(string text, int start, int end)
    {
        if (end <= start)
        {
            return [];
        }

        // The article being attributed is tokenized once (the rules tokenize stretches of it some fifty times a quote): a
        // stretch no word runs across is read from those words, which is what tokenizing it gives.
        return ArticleWordsInUse.Of(text) is { } articleWords && !CutsWord(text, start, end)
            ? Slice(articleWords, start, end)
            : Read(text, start, end);
    }

    private static List<Word> Read(string text, int start, int end)
    {
        // About one word in five or six characters of English news text: one allocation instead of repeated growth.
        var words = new List<Word>(((end - start) / 5) + 4);
        TokenizeInto(words, text, start, end);
        return words;
    }

    /// <summary>Adds the words of the stretch to <paramref name="words"/>, for a caller that reuses one list.</summary>
    public static void TokenizeInto(List<Word> words, string text, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        // A word is a letter or digit, then letters, marks, digits, apostrophes, hyphens and soft hyphens. Read by hand, not
        // with a regex: the regex's matcher was a fifth of the tokenizing, and every article is tokenized whole.
        var i = start;
        while (i < end)
        {
            if (!OpensWord(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            do
            {
                i++;
            }
            while (i < end && ContinuesWord(text[i]));

            var span = text.AsSpan(wordStart, i - wordStart);
            if (span.Length > 2 && (span.EndsWith("’s", StringComparison.Ordinal) || span.EndsWith("'s", StringComparison.Ordinal)))
            {
                span = span[..^2];
            }

            var length = span.Length;
            // `Brockhau­sen`: a soft hyphen is a line-break hint inside the word, never part of its spelling.
            var kept = span.TrimEnd(Apostrophes);
            var (value, lower) = kept.Contains(SoftHyphen) ? WordPool.Get(kept.ToString().Replace(SoftHyphenText, string.Empty, StringComparison.Ordinal)) : WordPool.Get(kept);
            words.Add(new Word(wordStart, wordStart + length, value, lower));
        }
    }

    /// <summary>
    /// The words of <c>text[start..end]</c> as <see cref="Tokenize"/> reads that stretch, taken from <paramref name="textWords"/>,
    /// the whole text's words, when no word runs across either bound (a quote between curly marks); else tokenized. The
    /// offsets stay the whole text's: for the readers of a quote's words (the ranker, the mention test), which read only the
    /// words themselves.
    /// </summary>
    public static List<Word> Within(List<Word> textWords, string text, int start, int end)
    {
        if (end <= start)
        {
            return [];
        }

        return CutsWord(text, start, end) ? Read(text, start, end) : Slice(textWords, start, end);
    }

    /// <summary>Whether a word runs across either bound of the stretch (letters on both sides of it).</summary>
    private static bool CutsWord(string text, int start, int end) =>
        (start > 0 && ContinuesWord(text[start - 1])) || (end < text.Length && ContinuesWord(text[end]));

    /// <summary>The words of <paramref name="textWords"/> (the whole text's, in text order) that start inside the stretch.</summary>
    private static List<Word> Slice(List<Word> textWords, int start, int end)
    {
        var first = FirstStartingAt(textWords, start);
        var last = first;
        while (last < textWords.Count && textWords[last].Start < end)
        {
            last++;
        }

        return textWords.GetRange(first, last - first);
    }

    /// <summary>The index of the first word starting at or after <paramref name="position"/> (words are in text order).</summary>
    private static int FirstStartingAt(List<Word> words, int position)
    {
        var (low, high) = (0, words.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (words[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static readonly char[] Apostrophes = ['\'', '’'];

    private const char SoftHyphen = '\u00AD';

    private const string SoftHyphenText = "\u00AD";

    /// <summary>The text between two words (or a word and a bound), which tells commas and colons.</summary>
    public static string Gap(string text, int from, int to) => to > from ? text[from..to] : string.Empty;

    /// <summary>A letter or a number (Unicode categories L and N) opens a word.</summary>
    private static bool OpensWord(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : IsLetterOrNumber(char.GetUnicodeCategory(c));

    /// <summary>Letters, marks, numbers, apostrophes, hyphens and soft hyphens carry a word on.</summary>
    private static bool ContinuesWord(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c) || c is '\'' or '-'
            : c is '’' or SoftHyphen || IsLetterNumberOrMark(char.GetUnicodeCategory(c));

    private static bool IsLetterOrNumber(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool IsLetterNumberOrMark(UnicodeCategory category) =>
        IsLetterOrNumber(category) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
