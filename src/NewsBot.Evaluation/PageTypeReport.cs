using NewsBot.Core.Articles;

namespace NewsBot.Evaluation;

/// <summary>How often the detected page type agrees with the corpus's, with the full confusion counts.</summary>
public sealed record PageTypeReport(IReadOnlyDictionary<(string Truth, PageType Detected), int> Confusion)
{
    public int Pages => Confusion.Values.Sum();

    public int Correct => Confusion.Where(c => Same(c.Key.Truth, c.Key.Detected)).Sum(c => c.Value);

    public double Accuracy => Pages == 0 ? 0 : (double)Correct / Pages;

    /// <summary>Share of the pages of this true type that were detected as it.</summary>
    public double Recall(string truth)
    {
        var total = Confusion.Where(c => c.Key.Truth == truth).Sum(c => c.Value);
        return total == 0 ? 0 : (double)Confusion.Where(c => c.Key.Truth == truth && Same(truth, c.Key.Detected)).Sum(c => c.Value) / total;
    }

    /// <summary>Share of the pages detected as this type whose true type it is.</summary>
    public double Precision(string truth)
    {
        var detected = Confusion.Where(c => Same(truth, c.Key.Detected)).Sum(c => c.Value);
        return detected == 0 ? 0 : (double)Confusion.Where(c => c.Key.Truth == truth && Same(truth, c.Key.Detected)).Sum(c => c.Value) / detected;
    }

    public IEnumerable<string> TrueTypes => Confusion.Keys.Select(k => k.Truth).Distinct().Order(StringComparer.Ordinal);

    public static bool Same(string truth, PageType detected) =>
        string.Equals(truth, detected.ToString(), StringComparison.OrdinalIgnoreCase);
}
