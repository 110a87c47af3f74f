using NewsBot.Core.Quotes;
using NewsBot.Ingestion.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Runs the quote extractor over news-set articles exactly as score_news_quotes.py runs <c>quotes --json</c> on them
/// (the text written as a plain-text file, three key quotes) and scores them with <see cref="NewsQuoteScorer"/>.
/// </summary>
public static class NewsQuoteEvaluation
{
    /// <summary>As the <c>quotes</c> verb's default <c>--max</c>, which the script uses.</summary>
    public const int KeyQuotesShown = 3;

    public static NewsQuoteScorer Run(IEnumerable<NewsGoldArticle> articles, IQuoteExtractor extractor, Action<NewsGoldArticle, IReadOnlyList<string>>? mistakes = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(extractor);
        var scorer = new NewsQuoteScorer();
        var unthresholded = mistakes is null ? null : WithoutThreshold(extractor);
        foreach (var article in articles)
        {
            var text = PlainTextArticle.From(article.Text + "\n").Text;
            var withheld = unthresholded?.Extract(text, KeyQuotesShown).Quotes;
            var returned = extractor.Extract(text, KeyQuotesShown).Quotes
                .Select(q => new PredictedQuote(q.Text, q.Speaker, q.IsKey) { Evidence = mistakes is null ? null : EvidenceOf(q, withheld) }).ToList();
            var notes = mistakes is null ? null : new List<string>();
            scorer.Add(article, returned, notes);
            if (notes is { Count: > 0 })
                mistakes!(article, notes);
        }

        return scorer;
    }

    /// <summary>The evidence and confidence behind a quote's speaker, shown with the tune half's mistakes.</summary>
    public static string EvidenceOf(Quote quote, IReadOnlyList<Quote>? unthresholded = null)
    {
        var evidence = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{quote.SpeakerEvidence ?? "none"} {quote.SpeakerConfidence:0.00}");
        var withheld = quote.Speaker is null ? unthresholded?.FirstOrDefault(q => q.Start == quote.Start && q.Speaker is not null) : null;
        return withheld is null ? evidence : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{evidence} withheld {withheld.Speaker} {withheld.SpeakerConfidence:0.00}");
    }

    /// <summary>The same extractor with no confidence threshold: the mistakes name the speaker a quote was denied.</summary>
    public static IQuoteExtractor? WithoutThreshold(IQuoteExtractor extractor) => extractor is RuleBasedQuoteExtractor rules
        ? new RuleBasedQuoteExtractor { MinSpeakerConfidence = 0, SpeakerModel = rules.SpeakerModel, Calibration = rules.Calibration }
        : null;

    /// <summary>The articles of one language and split (null: all), at most <paramref name="max"/>, in file order.</summary>
    public static IEnumerable<NewsGoldArticle> Select(IEnumerable<NewsGoldArticle> articles, string? language, string? split, int max) =>
        articles.Where(a => (language is null || a.Lang == language) && (split is null || a.Split == split)).Take(max);
}
