using NewsBot.Ingestion.Extraction.Blocks;

namespace NewsBot.Evaluation;

/// <summary>
/// Port of ../shared/tools/eval_wcxb.py (the WCXB benchmark's metric): lower-cased <c>\w+</c> tokens compared
/// as multisets, F1 per page; a page whose truth is empty scores 1 only when the prediction is empty too.
/// </summary>
public static class WordBagScoring
{
    /// <summary>Pages below this are counted apart: the extractor missed the page, not a few words.</summary>
    public const double FailedPageF1 = 0.5;

    public static double WordF1(string predicted, string truth) => WordBagF1.Of(Bag(predicted), Bag(truth));

    private static Dictionary<string, int> Bag(string text) => WordBagF1.Bag(ExtractionScoring.Tokens(text.ToLowerInvariant()));
}
