using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>Splits a stretch of text into words; hyphens and inner apostrophes stay inside a word.</summary>
internal static partial class WordTokenizer
{
    public static List<Word> Tokenize(string text, int start, int end)
    {
        if (end <= start)
        {
            return [];
        }

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

        foreach (var match in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var wordStart = start + match.Index;
            var span = text.AsSpan(wordStart, match.Length);
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

    private static readonly char[] Apostrophes = ['\'', '’'];

    private const char SoftHyphen = '\u00AD';

    private const string SoftHyphenText = "\u00AD";

    /// <summary>The text between two words (or a word and a bound), which tells commas and colons.</summary>
    public static string Gap(string text, int from, int to) => to > from ? text[from..to] : string.Empty;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-\u00AD]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
