using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>Splits a stretch of text into words; hyphens and inner apostrophes stay inside a word.</summary>
internal static partial class WordTokenizer
{
    public static List<Word> Tokenize(string text, int start, int end)
    {
        var words = new List<Word>();
        if (end <= start)
        {
            return words;
        }

        foreach (var match in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var wordStart = start + match.Index;
            var value = text.Substring(wordStart, match.Length);
            var possessive = value.EndsWith("’s", StringComparison.Ordinal) || value.EndsWith("'s", StringComparison.Ordinal);
            if (possessive && value.Length > 2)
            {
                value = value[..^2];
            }

            words.Add(new Word(wordStart, wordStart + value.Length, value.TrimEnd('\'', '’')));
        }

        return words;
    }

    /// <summary>The text between two words (or a word and a bound), which tells commas and colons.</summary>
    public static string Gap(string text, int from, int to) => to > from ? text[from..to] : string.Empty;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
