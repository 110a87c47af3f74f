namespace NewsBot.Evaluation;

/// <summary>
/// Port of ../shared/tools/eval_wcxb.py (the WCXB benchmark's metric): lower-cased <c>\w+</c> tokens compared
/// as multisets, F1 per page; a page whose truth is empty scores 1 only when the prediction is empty too.
/// </summary>
public static class WordBagScoring
{
    /// <summary>Pages below this are counted apart: the extractor missed the page, not a few words.</summary>
    public const double FailedPageF1 = 0.5;

    public static double WordF1(string predicted, string truth)
    {
        var expected = Bag(truth);
        var actual = Bag(predicted);
        if (expected.Count == 0)
        {
            return actual.Count == 0 ? 1.0 : 0.0;
        }

        if (actual.Count == 0)
        {
            return 0.0;
        }

        double overlap = expected.Sum(e => Math.Min(e.Value, actual.GetValueOrDefault(e.Key)));
        var precision = overlap / actual.Values.Sum();
        var recall = overlap / expected.Values.Sum();
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in ExtractionScoring.Tokens(text.ToLowerInvariant()))
        {
            bag[token] = bag.GetValueOrDefault(token) + 1;
        }

        return bag;
    }
}
