using System.Globalization;
using System.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// Port of ../shared/tools/eval_extraction.py (the article-extraction-benchmark metric):
/// tokens are Python's Unicode <c>\w+</c> runs with case kept, compared as multisets of 4-token shingles.
/// </summary>
public static class ExtractionScoring
{
    private const int ShingleSize = 4;
    private const char Joiner = '\u0001';

    /// <summary>Runs of letters, numbers and underscores, per code point, as Python's <c>\w</c> defines them (no marks).</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    public static Dictionary<string, int> Shingles(string text, int size = ShingleSize)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        if (tokens.Count < size)
        {
            shingles[string.Join(Joiner, tokens)] = 1;
            return shingles;
        }

        for (var i = 0; i + size <= tokens.Count; i++)
        {
            var key = string.Join(Joiner, tokens.GetRange(i, size));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    public static ShingleScore ScorePage(string truth, string predicted, int size = ShingleSize)
    {
        var expected = Shingles(truth, size);
        var actual = Shingles(predicted, size);
        var truePositive = expected.Sum(e => Math.Min(e.Value, actual.GetValueOrDefault(e.Key)));
        var falsePositive = actual.Sum(a => Math.Max(0, a.Value - expected.GetValueOrDefault(a.Key)));
        var falseNegative = expected.Sum(e => Math.Max(0, e.Value - actual.GetValueOrDefault(e.Key)));
        double sum = truePositive + falsePositive + falseNegative;
        return sum == 0
            ? new ShingleScore(0, 0, 0)
            : new ShingleScore(truePositive / sum, falsePositive / sum, falseNegative / sum);
    }

    public static CorpusScore Aggregate(IReadOnlyCollection<ShingleScore> pages)
    {
        var precisions = pages.Where(p => p.TruePositive + p.FalsePositive > 0).Select(p => p.Precision).ToList();
        var recalls = pages.Where(p => p.TruePositive + p.FalseNegative > 0).Select(p => p.Recall).ToList();
        return new CorpusScore(precisions.Count == 0 ? 0 : precisions.Average(), recalls.Count == 0 ? 0 : recalls.Average());
    }

    private static bool IsWordRune(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
