using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Benchmarks.Engine;
using NewsBot.Engine.Polling;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Benchmarks.Catalog;

/// <summary>
/// <c>catalog-poll</c>: one poll cycle over the whole catalogue as fake loopback sites. Each outlet of the built-in
/// catalogue becomes a generated outlet serving what the real one is polled through (its RSS feed, or a news sitemap
/// for a news-sitemap or sitemap outlet), on a fresh SQLite database; every article page is fetched and quoted.
/// </summary>
internal static class CatalogPollBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var items = args.Count > 1 && args[0] == "--items" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var outlets = CatalogFile.ReadBuiltIn();
        var count = Math.Max(180, outlets.Count);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "newsbot-catalog-" + Guid.NewGuid().ToString("N"));
        var plan = new StoryPlan(TimeProvider.System.GetUtcNow() - TimeSpan.FromMinutes(5), items);
        try
        {
            await using var site = await GeneratedNewsSite.StartAsync(plan, CancellationToken.None);
            using var host = EngineHost.Build(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory }, new WarningCounter());
            var sources = Enumerable.Range(0, count)
                .Select(n => outlets[n % outlets.Count].Kind is "rss" or "atom" ? site.FeedUrl(n).AbsoluteUri : site.SitemapUrl(n).AbsoluteUri)
                .ToList();
            var sitemaps = sources.Count(s => s.Contains("/sitemaps/", StringComparison.Ordinal));
            var parallel = host.Services.GetRequiredService<IOptions<PollingOptions>>().Value.ParallelArticleFetches;
            var poller = host.Services.GetRequiredService<FeedPoller>();
            GC.Collect();
            PollTotals totals;
            PhaseFigures figures;
            await using (var meter = new ResourceMeter())
            {
                totals = await PollCycle.RunAsync(poller, sources, parallel: 8, CancellationToken.None);
                figures = await meter.StopAsync();
            }
            Console.WriteLine($"machine          {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            Console.WriteLine($"outlets          {count} ({count - sitemaps} RSS, {sitemaps} news sitemaps), {items} items each, 8 polls at once, {parallel} pages per poll");
            Console.WriteLine($"requests         {site.Requests:N0}");
            Console.WriteLine($"articles stored  {totals.NewArticles:N0} new, {totals.Backfilled:N0} backfilled, {totals.FailedFeeds} sources failed{(totals.FirstError is null ? "" : ": " + totals.FirstError)}");
            Console.WriteLine($"wall             {figures.Wall.TotalSeconds:0.0} s, cpu {figures.Cpu.TotalSeconds:0.0} s (site included)");
            Console.WriteLine($"peak memory      working set {figures.PeakWorkingSetBytes / 1048576.0:0} MB, managed heap {figures.PeakManagedHeapBytes / 1048576.0:0} MB, gen2 GCs {figures.Gen2Collections}");
            return totals.FailedFeeds == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
