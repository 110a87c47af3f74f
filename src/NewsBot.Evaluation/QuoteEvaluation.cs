using System.Text.Json;
using NewsBot.Core.Quotes;
using NewsBot.Ingestion.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Runs the quote extractor over an annotated JSONL corpus (PolNeAR layout) the way <c>quotes --json</c> does on a
/// plain-text file, and scores it with <see cref="QuoteScorer"/>, the metric of shared/tools/score_quotes.py.
/// </summary>
internal static class QuoteEvaluation
{
    /// <summary>PolNeAR is English: any other <paramref name="language"/> selects nothing.</summary>
    public const string Language = "en";

    public static QuoteScorer Run(IEnumerable<string> paths, string? split, string? language, int maxArticles, IQuoteExtractor extractor, Action<string, string>? mistake = null)
    {
        var scorer = new QuoteScorer();
        var unthresholded = mistake is null ? null : NewsQuoteEvaluation.WithoutThreshold(extractor);
        var selected = paths.SelectMany(Read).Where(a => (split is null || a.Split == split) && (language is null || language == Language));
        foreach (var article in selected.Take(maxArticles))
        {
            var text = PlainTextArticle.From(article.Text).Text;
            var found = extractor.Extract(text).Quotes;
            var mistakes = mistake is null ? null : new List<string>();
            var withheld = unthresholded?.Extract(text).Quotes;
            scorer.Add(article.Quotes, found.Select(q => (q.Text, q.Speaker)), mistakes);
            foreach (var line in mistakes ?? [])
            {
                // A speaker mistake ends with the quote's text: name the evidence behind it.
                var quote = line.StartsWith("speaker:", StringComparison.Ordinal) ? found.FirstOrDefault(q => line.EndsWith(": " + q.Text, StringComparison.Ordinal)) : null;
                mistake!(article.Id, quote is null ? line : $"[{NewsQuoteEvaluation.EvidenceOf(quote, withheld)}] {line}");
            }
        }

        return scorer;
    }

    private static IEnumerable<GoldArticle> Read(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize(line, EvaluationJsonContext.Default.GoldArticle)
                ?? throw new InvalidDataException($"{path}: a line is not an article object"));
}
