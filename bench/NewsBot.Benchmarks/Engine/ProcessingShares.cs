using System.Diagnostics;
using System.Text;
using NewsBot.Core.Quotes;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// After the cycle, every 20th article page extracted and its quotes found again on one thread, scaled to all pages:
/// an estimate of the cycle's cpu that extraction and quotes take (the rest is HTTP, feed parsing, storage and the site).
/// </summary>
internal static class ProcessingShares
{
    private const int Every = 20;

    public static (TimeSpan Extraction, TimeSpan Quotes, int Quoted) Estimate(
        ArticleExtractor extractor, IQuoteExtractor quotes, StoryPlan plan, Uri site, int feeds)
    {
        var extraction = TimeSpan.Zero;
        var finding = TimeSpan.Zero;
        var sampled = 0;
        var quoted = 0;
        for (var k = 0; k < feeds * plan.ItemsPerFeed; k += Every)
        {
            var (feed, item) = (k / plan.ItemsPerFeed, k % plan.ItemsPerFeed);
            var html = Encoding.UTF8.GetString(GeneratedArticlePage.Create(plan, site, feed, item));
            var started = Stopwatch.GetTimestamp();
            var article = extractor.Extract(html, new Uri(site, $"articles/{feed}/{item}.html"));
            extraction += Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            quoted += quotes.Extract(article.Text, 3).Quotes.Count;
            finding += Stopwatch.GetElapsedTime(started);
            sampled++;
        }
        var scale = (double)feeds * plan.ItemsPerFeed / Math.Max(1, sampled);
        return (extraction * scale, finding * scale, quoted);
    }
}
