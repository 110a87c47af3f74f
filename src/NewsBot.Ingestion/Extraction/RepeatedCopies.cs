using System.Text;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Keeps one copy of a text the page renders twice: responsive layouts, tab clones and sticky summaries repeat whole
/// sections, and a word-for-word repeat doubles every word a reader sees once. Only a text whose repeated lines make a
/// large share of its words is touched: a pull quote, a recurring offer line or a repeated question on an FAQ stays.
/// </summary>
internal static class RepeatedCopies
{
    /// <summary>
    /// Shorter lines (a price, "Read more", a date) repeat by design and are never dropped. Words are separated by white
    /// space, as the rule was measured on the tune half: counted as runs of letters and digits instead, lines dense with
    /// punctuation count as long ones, and a held-out documentation page fell from 0.97 to 0.80.
    /// </summary>
    private const int MinimumLineWords = 8;

    /// <summary>
    /// A second copy repeats nearly half the words (the tune pages that gain repeat 45-61%). A meal plan that repeats its
    /// dishes for each plan repeats 35% and keeps them (`../shared/data/extraction`); at 20% repeated offers and pull
    /// quotes that WCXB's truth keeps twice went too.
    /// </summary>
    private const double CopyShare = 0.4;

    public static string Remove(string text)
    {
        var (repeated, total) = CountRepeatedWords(text);
        return repeated > 0 && repeated >= CopyShare * total ? WithoutRepeatedLines(text) : text;
    }

    /// <summary>Counts by hash, without a string per line: most texts have no repeat and leave here unchanged.</summary>
    private static (int Repeated, int Total) CountRepeatedWords(string text)
    {
        var seen = new HashSet<int>();
        var (repeated, total) = (0, 0);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            var words = TextMeasures.SpaceSeparatedWords(trimmed);
            total += words;
            if (words >= MinimumLineWords && !seen.Add(string.GetHashCode(trimmed, StringComparison.Ordinal)))
            {
                repeated += words;
            }
        }

        return (repeated, total);
    }

    private static string WithoutRepeatedLines(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new StringBuilder(text.Length);
        foreach (var block in text.Split("\n\n"))
        {
            var start = kept.Length;
            foreach (var line in block.Split('\n'))
            {
                var trimmed = line.Trim();
                if (TextMeasures.SpaceSeparatedWords(trimmed) >= MinimumLineWords && !seen.Add(trimmed))
                {
                    continue;
                }

                kept.Append(kept.Length > start ? "\n" : start > 0 ? "\n\n" : "").Append(line);
            }
        }

        return kept.ToString();
    }
}
