using AngleSharp.Html.Parser;
using NewsBot.Core.Quotes;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Text;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Where the memory of reading the soak's nested-list page goes, stage by stage (allocated and live bytes), on the bot's
/// path: the body in pooled segments, decoded into pooled characters up to the cap, one string of the markup kept.
/// </summary>
internal static class NestedPageMemory
{
    public static int Run()
    {
        var bytes = NestedListPage.Bytes;
        var extractor = new ArticleExtractor();
        _ = extractor.Extract("<html><body><p>warm</p></body></html>", null);
        using var body = Measure("body segments", () => Segmented(bytes));
        // Once before measuring: the first decode rents the pool's array; later pages reuse it.
        BodyDecoder.Decode(body, "utf-8", ExtractionLimits.MaxHtmlChars + 1, BodyDecoder.PagePool).Dispose();
        using var chars = Measure("decode (capped)", () => BodyDecoder.Decode(body, "utf-8", ExtractionLimits.MaxHtmlChars + 1, BodyDecoder.PagePool));
        var prepared = Measure("prepare markup", () => PreparedMarkup.From(chars.Span));
        Console.WriteLine($"chars: body {bytes.Length:N0} bytes, decoded {chars.Length:N0}, kept {prepared.Html.Length:N0} ({prepared.CutReason})");
        Measure("parse", () => new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(prepared.Html));
        var article = Measure("extract", () => extractor.ExtractChars(chars.Span, null));
        Console.WriteLine($"result: {article.Text.Length:N0} chars, partial {article.IsPartial}, {article.PartialReason}{article.EmptyReason}");
        var quotes = new RuleBasedQuoteExtractor();
        _ = quotes.Extract("\"Warm,\" she said.");
        Measure("quotes", () => quotes.Extract(article.Text));
        Measure("old: whole decode", () => CharsetDetector.Decode(bytes, "utf-8"));
        return 0;
    }

    private static ResponseBody Segmented(byte[] bytes)
    {
        var body = ResponseBody.Pooled();
        body.Append(bytes);
        return body;
    }

    private static T Measure<T>(string stage, Func<T> work)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        var allocatedBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var live = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(result);
        Console.WriteLine($"{stage,-18} allocated {allocatedBytes / 1e6,7:F1} MB, live result {live / 1e6,7:F1} MB");
        return result;
    }
}
