namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// Word-bag F1 (WCXB's metric: lower-cased words compared as multisets), for choosing the block threshold; the evaluation
/// project scores pages with it too, over its own port of the benchmark's tokens.
/// </summary>
public static class WordBagF1
{
    public static Dictionary<string, int> Bag(IEnumerable<string> words)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            bag[word] = bag.GetValueOrDefault(word) + 1;
        }

        return bag;
    }

    public static double Of(Dictionary<string, int> predicted, Dictionary<string, int> truth)
    {
        if (truth.Count == 0)
        {
            return predicted.Count == 0 ? 1 : 0;
        }

        if (predicted.Count == 0)
        {
            return 0;
        }

        double overlap = truth.Sum(t => Math.Min(t.Value, predicted.GetValueOrDefault(t.Key)));
        var precision = overlap / predicted.Values.Sum();
        var recall = overlap / truth.Values.Sum();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
