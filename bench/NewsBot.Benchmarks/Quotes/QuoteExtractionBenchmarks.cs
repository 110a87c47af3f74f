using BenchmarkDotNet.Attributes;
using NewsBot.Core.Quotes;

namespace NewsBot.Benchmarks.Quotes;

/// <summary>
/// Quote extraction and attribution on plain text: 100 invented articles of 40 paragraphs (about 1.2 MB in all, one
/// quotation per 700 or so characters), on one core. Throughput is the total size printed at setup divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class QuoteExtractionBenchmarks
{
    private const int ArticleCount = 100;
    private const int ParagraphsPerArticle = 40;

    private readonly RuleBasedQuoteExtractor extractor = new();
    private readonly RuleBasedQuoteExtractor rulesOnly = new() { SpeakerModel = null };
    private IReadOnlyList<string> articles = [];

    [GlobalSetup]
    public void Setup()
    {
        articles = GeneratedArticles.Create(ArticleCount, ParagraphsPerArticle);
        var bytes = articles.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a));
        Console.WriteLine($"// Generated articles: {ArticleCount}, {bytes:N0} bytes UTF-8 ({bytes / 1024.0 / 1024.0:F2} MiB)");
    }

    [Benchmark(Baseline = true)]
    public int ExtractQuotes() => ExtractAll(extractor);

    /// <summary>Without the speaker ranker: what the ranker costs.</summary>
    [Benchmark]
    public int ExtractQuotesRulesOnly() => ExtractAll(rulesOnly);

    private int ExtractAll(RuleBasedQuoteExtractor quoteExtractor)
    {
        var quotes = 0;
        foreach (var article in articles)
        {
            quotes += quoteExtractor.Extract(article).Quotes.Count;
        }

        return quotes;
    }
}
