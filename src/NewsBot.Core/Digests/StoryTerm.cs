using System.Globalization;
using System.Text;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Digests;

/// <summary>A content word or figure of a headline or lead; <see cref="IsName"/> when it was written with a capital.</summary>
internal readonly record struct StoryTerm(string Text, bool IsName)
{
    /// <summary>
    /// One pass over the text, as clustering reads tens of thousands of leads: lower-case words without diacritics (so
    /// "Zürich" and "zurich" meet), stop words and two-letter words dropped, and figures such as "1.50" or "130" kept.
    /// </summary>
    public static IEnumerable<StoryTerm> Read(string? text, StoryClusteringSettings settings)
    {
        if (string.IsNullOrEmpty(text))
            yield break;
        var normalized = text.Normalize(NormalizationForm.FormD);
        var word = new StringBuilder();
        var isName = false;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            if (char.IsLetterOrDigit(c) || (IsDecimalPoint(c) && word.Length > 0 && char.IsDigit(word[^1]) && NextIsDigit(normalized, i)))
            {
                if (word.Length == 0)
                    isName = char.IsUpper(c);
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (word.Length > 0 && Term(word.ToString(), isName, settings) is { } term)
                yield return term;
            word.Clear();
        }
    }

    private static StoryTerm? Term(string word, bool isName, StoryClusteringSettings settings)
    {
        if (char.IsDigit(word[0]))
            return settings.Figures && Figure(word) is { } figure ? new StoryTerm(figure, false) : null;
        if (word.Length < 3 || StopWords.Contains(word))
            return null;
        return new StoryTerm(settings.SuffixStemming ? TermStemmer.Suffixes(word) : TermStemmer.Plural(word), isName);
    }

    /// <summary>"1.50" and "1.5" meet, "180,000" and "180000" too; "19th" is no figure.</summary>
    private static string? Figure(string word) =>
        decimal.TryParse(word, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
            ? "#" + number.ToString("G29", CultureInfo.InvariantCulture)
            : null;

    private static bool IsDecimalPoint(char c) => c is '.' or ',';

    private static bool NextIsDigit(string text, int index) => index + 1 < text.Length && char.IsDigit(text[index + 1]);
}
