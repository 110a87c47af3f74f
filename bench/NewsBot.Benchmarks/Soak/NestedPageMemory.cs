using AngleSharp.Html.Parser;
using NewsBot.Core.Quotes;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Text;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Where the memory of extracting the soak's nested-list page goes, stage by stage (allocated and live bytes).</summary>
internal static class NestedPageMemory
{
    public static int Run()
    {
        var bytes = NestedListPage.Bytes;
        Measure("decode", () => CharsetDetector.Decode(bytes, "utf-8"));
        var html = CharsetDetector.Decode(bytes, "utf-8");
        var extractor = new ArticleExtractor();
        _ = extractor.Extract("<html><body><p>warm</p></body></html>", null);
        Measure("nesting limit", () => NestingLimiter.Limit(html));
        var limited = NestingLimiter.Limit(html);
        Measure("element budget", () => ElementBudget.Limit(limited).Html);
        var budgeted = ElementBudget.Limit(limited).Html;
        Console.WriteLine($"chars: input {html.Length:N0}, after limit {limited.Length:N0}, after budget {budgeted.Length:N0}");
        Measure("parse", () => new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(budgeted));
        Measure("extract", () => extractor.Extract(html, null));
        var article = extractor.Extract(html, null);
        Console.WriteLine($"result: {article.Text.Length:N0} chars, partial {article.IsPartial}, {article.PartialReason}{article.EmptyReason}");
        var quotes = new RuleBasedQuoteExtractor();
        _ = quotes.Extract("\"Warm,\" she said.");
        Measure("quotes", () => quotes.Extract(article.Text));
        return 0;
    }

    private static void Measure(string stage, Func<object> work)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        var allocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var live = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(result);
        Console.WriteLine($"{stage,-15} allocated {allocatedBytes / 1e6,7:F1} MB, live result {live / 1e6,7:F1} MB");
    }
}
