using System.Diagnostics;
using System.Text.Json;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Tests.Feeds.Corpus;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>Runs the parser over feedparser's test corpus in ../shared/data/feeds (skipped when absent).</summary>
public sealed class FeedCorpusTests
{
    private const double RequiredCheckRate = 0.90;

    private readonly FeedParser parser = new();

    [Fact]
    public void Parse_EveryCorpusFile_NeverThrowsUnexpectedly()
    {
        var folder = SharedData.RequireFeedsFolder();
        var files = CorpusFile.Load(folder);
        var failures = new List<string>();
        var notFeeds = new List<string>();
        foreach (var file in files.Values)
        {
            try
            {
                Parse(file);
            }
            catch (FeedFormatException ex)
            {
                notFeeds.Add($"{file.Path}: {ex.Message}");
            }
            catch (Exception ex)
            {
                failures.Add($"{file.Path}: {ex.GetType().Name}: {ex.Message}");
            }
        }
        Report($"corpus: {files.Count} files, {failures.Count} threw, {notFeeds.Count} refused as not a feed");
        foreach (var line in failures.Concat(notFeeds).Take(40))
            Report("  " + line);
        Assert.Empty(failures);
        Assert.Empty(notFeeds);
    }

    [Fact]
    public void Parse_TranslatedFeedparserChecks_MeetsNinetyPercent()
    {
        var folder = SharedData.RequireFeedsFolder();
        var files = CorpusFile.Load(folder);
        using var checks = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "checks.json")));
        int met = 0, total = 0;
        var misses = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var record in checks.RootElement.EnumerateArray())
        {
            var path = record.GetProperty("path").GetString()!;
            if (!record.GetProperty("translated").GetBoolean() || path.StartsWith("wellformed/sanitize", StringComparison.Ordinal)
                || path.StartsWith("wellformed/base", StringComparison.Ordinal))
            {
                continue;
            }

            var feed = TryParse(files[path]);
            foreach (var check in record.GetProperty("checks").EnumerateArray().Select(FeedparserCheck.From))
            {
                total++;
                string? actual = null;
                if (feed is not null && check.IsMetBy(feed, out actual))
                    met++;
                else
                    misses.Add($"{path} {check.Scope}.{check.Field}: expected {Quote(check.Expected)}, got {Quote(actual)}");
            }
        }
        var rate = (double)met / total;
        Report($"feedparser checks met: {met} of {total} ({rate:P1}) in {clock.ElapsedMilliseconds} ms");
        foreach (var miss in misses)
            Report("  miss " + miss);
        Assert.True(rate >= RequiredCheckRate, $"Only {rate:P1} of the feedparser checks were met.");
    }

    private NewsBot.Core.Feeds.Feed Parse(CorpusFile file) =>
        parser.Parse(File.ReadAllBytes(file.FullPath), file.Address, file.Charset, file.ContentLanguage);

    private NewsBot.Core.Feeds.Feed? TryParse(CorpusFile file)
    {
        try
        {
            return Parse(file);
        }
        catch (FeedFormatException)
        {
            return null;
        }
    }

    private static string Quote(string? value) => value is null ? "null" : $"'{(value.Length > 80 ? value[..80] + "…" : value)}'";

    private static void Report(string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }
}
