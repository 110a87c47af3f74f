using System.Globalization;
using System.Text.Json;
using NewsBot.Ingestion.Feeds.Dates;
using NewsBot.Ingestion.Tests.Feeds.Corpus;

namespace NewsBot.Ingestion.Tests.Feeds.Dates;

/// <summary>feedparser's date cases (../shared/data/feeds/dates.json): expected UTC instant, or null for "unparseable".</summary>
public sealed class FeedDateParserCorpusTests
{
    private const double RequiredPassRate = 0.95;

    [Fact]
    public void Parse_FeedparserDateCases_MeetsPassRate()
    {
        var folder = SharedData.RequireFeedsFolder();
        using var cases = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "dates.json")));
        var failures = new List<string>();
        var total = 0;
        foreach (var dateCase in cases.RootElement.EnumerateArray())
        {
            total++;
            var input = dateCase.GetProperty("input").GetString()!;
            var expected = dateCase.GetProperty("expected_utc").GetString();
            var actual = FeedDateParser.Parse(input)?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            if (actual != expected)
                failures.Add($"{dateCase.GetProperty("parser").GetString()} '{input}': expected {expected ?? "null"}, got {actual ?? "null"}");
        }
        var rate = (double)(total - failures.Count) / total;
        var summary = $"dates.json: {total - failures.Count} of {total} ({rate:P1})";
        TestContext.Current.SendDiagnosticMessage(summary);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        foreach (var failure in failures)
        {
            TestContext.Current.SendDiagnosticMessage("  " + failure);
            TestContext.Current.TestOutputHelper?.WriteLine("  " + failure);
        }
        Assert.True(rate >= RequiredPassRate, summary);
    }
}
