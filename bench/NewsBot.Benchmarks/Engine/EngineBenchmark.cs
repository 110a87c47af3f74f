using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Polling;
using NewsBot.Ingestion.Extraction;
using NewsBot.Presentation;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// <c>engine</c>: the acceptance run. A generated news site on loopback, the real services on a fresh SQLite
/// database (or PostgreSQL schema, <c>--provider postgres</c>), one full poll cycle of every feed, then one round of digests; each phase measured once.
/// </summary>
internal static class EngineBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        EngineBenchmarkOptions options;
        try
        {
            options = EngineBenchmarkOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("engine: " + e.Message);
            return 2;
        }

        var cancellationToken = CancellationToken.None;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "newsbot-engine-" + Guid.NewGuid().ToString("N"));
        var start = TimeProvider.System.GetUtcNow();
        var plan = new StoryPlan(start - TimeSpan.FromMinutes(5), options.Items);
        var warnings = new WarningCounter();
        var report = new EngineReport(Console.Out);
        EngineStorage storage;
        try
        {
            storage = new EngineStorage(options.Provider, dataDirectory);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("engine: " + e.Message);
            return 2;
        }
        using var dropped = storage;
        Console.WriteLine("storage: " + options.Provider);
        try
        {
            await using var site = await GeneratedNewsSite.StartAsync(plan, cancellationToken);
            using var host = EngineHost.Build(storage.Settings, warnings);
            var services = host.Services;
            var feedUrls = Enumerable.Range(0, options.Feeds).Select(n => site.FeedUrl(n).AbsoluteUri).ToList();
            var topics = await BenchmarkTopics.CreateAsync(services.GetRequiredService<ITopicStore>(), feedUrls, options.Topics, cancellationToken);
            var pollingOptions = services.GetRequiredService<IOptions<PollingOptions>>().Value;
            report.Setup(options, topics, pollingOptions.ParallelArticleFetches, site.BaseUri, SamplePageBytes(plan, site.BaseUri, options.Feeds));

            var poller = services.GetRequiredService<FeedPoller>();
            GC.Collect();
            report.Baseline(WorkingSet());
            PollTotals polled;
            PhaseFigures pollFigures;
            await using (var meter = new ResourceMeter())
            {
                polled = await PollCycle.RunAsync(poller, feedUrls, options.Parallel, cancellationToken);
                pollFigures = await meter.StopAsync();
            }
            report.Poll(pollFigures, polled, site, warnings);
            report.ProcessingShares(ProcessingShares.Estimate(
                services.GetRequiredService<ArticleExtractor>(), services.GetRequiredService<IQuoteExtractor>(), plan, site.BaseUri, options.Feeds));

            var composer = services.GetRequiredService<TopicDigestComposer>();
            var renderer = services.GetRequiredService<DigestRenderer>();
            var since = start - TimeSpan.FromDays(1);
            var until = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(1);
            DigestTotals digests;
            PhaseFigures digestFigures;
            await using (var meter = new ResourceMeter())
            {
                digests = await DigestRound.RunAsync(composer, renderer, topics, since, until, cancellationToken);
                digestFigures = await meter.StopAsync();
            }
            report.Digests(digestFigures, digests);
            var shares = await ComposeBreakdown.RunAsync(services.GetRequiredService<IArticleStore>(), composer, topics, since, until, cancellationToken);
            report.Breakdown(shares);
            report.Verdict(pollFigures, digestFigures, shares);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TryDelete(dataDirectory);
        }
    }

    /// <summary>The average size of a few generated pages, so the report states what the extractor was given.</summary>
    private static int SamplePageBytes(StoryPlan plan, Uri site, int feeds)
    {
        var sizes = Enumerable.Range(0, 50).Select(k => GeneratedArticlePage.Create(plan, site, k * 37 % feeds, k % plan.ItemsPerFeed).Length).ToList();
        return (int)sizes.Average();
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"engine: could not delete {directory}: {e.Message}");
        }
    }
}
