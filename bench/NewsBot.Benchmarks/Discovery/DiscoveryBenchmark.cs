using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion;
using NewsBot.Ingestion.Discovery;
using NewsBot.Testing;
using NewsBot.Testing.Sites;

namespace NewsBot.Benchmarks.Discovery;

/// <summary>
/// <c>discovery [--runs N]</c>: feed discovery on invented loopback sites of the usual shapes, through the real guarded
/// fetcher: requests per discovery and wall time (the first, cold run of each site, then the median and slowest of N more).
/// </summary>
internal static class DiscoveryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args is ["--runs", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 20;
        await using var services = Services();
        var discoverer = services.GetRequiredService<FeedDiscoverer>();
        Console.WriteLine($"discovery on loopback, a cold first run then {runs} more per site, Discovery:MaxRequests {new DiscoveryOptions().MaxRequests}, {Environment.ProcessorCount} cores");
        Console.WriteLine("site                          feeds  requests  first ms  median ms  max ms");
        foreach (var (name, map) in Sites())
        {
            await using var server = await LoopbackHttpServer.StartAsync(CancellationToken.None);
            map(server);
            var cold = Stopwatch.StartNew();
            var result = await discoverer.DiscoverAsync(server.Url("/"), CancellationToken.None);
            var first = cold.Elapsed.TotalMilliseconds;
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                result = await discoverer.DiscoverAsync(server.Url("/"), CancellationToken.None);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-29} {result.Feeds.Count,5}  {result.Requests,8}  {first,8:F1}  {times[times.Count / 2],9:F1}  {times[^1],6:F1}"));
        }
        return 0;
    }

    private static IEnumerable<(string Name, Action<LoopbackHttpServer> Map)> Sites()
    {
        yield return ("several alternates + comments", s => s.WithSeveralFeeds());
        yield return ("two alternates", s => s.WithTwoFeeds());
        yield return ("wordpress-style /feed only", s =>
        {
            s.Map("/", FakeSite.Html(FakeFeeds.Page("Quarry Notes", [])));
            s.Map("/feed", FakeSite.Xml(FakeFeeds.Rss("Quarry Notes", 10, s.BaseUri)));
        }
        );
        yield return ("news sitemap in robots.txt", s =>
        {
            s.Map("/", FakeSite.Html(FakeFeeds.Page("Daily Meridian", [])));
            s.Map("/robots.txt", LoopbackResponse.Text($"User-agent: *\nSitemap: {s.Url("/sitemap-news.xml")}\n"));
            s.Map("/sitemap-news.xml", FakeSite.Xml(FakeFeeds.NewsSitemap("Daily Meridian", 1000, s.BaseUri)));
        }
        );
        yield return ("nothing (every probe)", s => s.Map("/", FakeSite.Html(FakeFeeds.Page("Nothing Here", []))));
    }

    private static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Fetching:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddNewsBotIngestion();
        return services.BuildServiceProvider();
    }
}
