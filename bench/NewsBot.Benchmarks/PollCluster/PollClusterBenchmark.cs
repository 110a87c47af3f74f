using System.Globalization;
using System.Text.Json;
using NewsBot.Benchmarks.Cluster;
using NewsBot.Benchmarks.Engine;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.PollCluster;

/// <summary>
/// <c>poll-cluster</c>: the engine's poll cycle as the bot runs it, in real <c>run</c> processes whose clustered
/// scheduler shares the feeds (issue 17's "two instances sharing the feeds"). The generated news site of <c>engine</c>
/// and the fake Discord run in this process; 1,000 feeds in 100 topics, every feed's first poll due at start-up
/// (<c>Polling:FirstPollWindowSeconds</c> 0). Measured from the site's first request to the last feed's poll recorded in
/// the database; per instance: the feeds and articles its log reports, its cpu over the cycle, its peak resident memory.
/// Every feed must be polled exactly once across the instances.
/// </summary>
internal static class PollClusterBenchmark
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        PollClusterOptions options;
        try
        {
            options = PollClusterOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("poll-cluster: " + e.Message);
            return 2;
        }
        var folder = Directory.CreateTempSubdirectory("newsbot-poll-cluster-").FullName;
        using var storage = PollClusterStorage.Create(options.Provider, folder);
        if (storage is null)
        {
            await Console.Error.WriteLineAsync("poll-cluster: --provider postgres needs NEWSBOT_TEST_POSTGRES (source .ci/postgres)");
            return 2;
        }
        var plan = new StoryPlan(TimeProvider.System.GetUtcNow() - TimeSpan.FromMinutes(5), options.Items);
        await using var site = await GeneratedNewsSite.StartAsync(plan, CancellationToken.None);
        await using var fake = await FakeDiscordServer.StartAsync(FakeDiscordOptions.LoadTolerant with { RateLimitsEnabled = false });
        var settings = Path.Combine(folder, "appsettings.json");
        await File.WriteAllTextAsync(settings, SettingsJson(fake, site, options.Feeds, storage.Settings));
        var instances = Enumerable.Range(0, options.Instances)
            .Select(i => ClusterInstance.Start($"instance-{(char)('a' + i)}", options.App, settings, folder)).ToList();
        try
        {
            var cycle = await WaitForCycleAsync(storage, site, instances, options.Feeds);
            foreach (var instance in instances)
                await instance.StopAsync();
            var polls = instances.Select(i => InstancePolls.Read(Path.Combine(folder, i.Name + ".log"))).ToList();
            return Report(options, cycle, instances, polls, folder);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.StopAsync();
                instance.Dispose();
            }
        }
    }

    private static async Task<PollCycleFigures> WaitForCycleAsync(
        PollClusterStorage storage, GeneratedNewsSite site, IReadOnlyList<ClusterInstance> instances, int feeds)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Limit;
        ProcessFigures[]? atStart = null;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (atStart is null && site.FirstRequestAt is not null)
                atStart = [.. instances.Select(i => ProcessFigures.Read(i.ProcessId))];
            var (polled, last) = await storage.PolledAsync();
            if (polled >= feeds && atStart is not null && site.FirstRequestAt is { } first)
            {
                var atEnd = instances.Select(i => ProcessFigures.Read(i.ProcessId)).ToList();
                return new PollCycleFigures(last - first, [.. atEnd.Select((end, i) => end with { Cpu = end.Cpu - atStart[i].Cpu })]);
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the {feeds} feeds were not all polled within {Limit.TotalMinutes} minutes");
    }

    private static int Report(PollClusterOptions options, PollCycleFigures cycle, List<ClusterInstance> instances, List<InstancePolls> polls, string folder)
    {
        var perFeed = polls.SelectMany(p => p.Feeds).GroupBy(f => f).ToList();
        var twice = perFeed.Count(g => g.Count() > 1);
        var articles = polls.Sum(p => p.Articles);
        var wall = cycle.Wall.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            poll-cluster: {options.Instances} `run` instance(s) on {options.Provider}, {options.Feeds} feeds x {options.Items} items in {options.Feeds / StoryPlan.FeedsPerTopic} topics; logs in {folder}
            cycle wall                 {wall:0.00} s (the site's first request to the last poll recorded)
            articles                   {articles:N0} ({articles / wall:0} /s), feeds polled {perFeed.Count}, polled twice {twice}, failures {polls.Sum(p => p.Failures)}
            """));
        for (var i = 0; i < instances.Count; i++)
        {
            var figures = cycle.Instances[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {instances[i].Name,-12} feeds {polls[i].Feeds.Count,5}, articles {polls[i].Articles,6:N0} ({polls[i].Articles / wall:0} /s), cpu {figures.Cpu.TotalSeconds:0.0} s, peak resident {figures.PeakBytes / 1048576.0:0.0} MB"));
        }
        Console.WriteLine("load average " + Startup.AppProcess.LoadAverage());
        var held = perFeed.Count == options.Feeds && twice == 0;
        Console.WriteLine(held ? "each feed polled once: held" : "each feed polled once: NOT held");
        return held ? 0 : 1;
    }

    private static string SettingsJson(FakeDiscordServer fake, GeneratedNewsSite site, int feeds, IReadOnlyDictionary<string, string> storage)
    {
        var channels = Enumerable.Range(0, Math.Max(1, feeds / StoryPlan.FeedsPerTopic)).Select(t => (720000000000000000L + t).ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var channel in channels)
            fake.State.Channels[channel] = FakeChannelKind.Text;
        // Digests due half a day away: the measured minutes hold polls only.
        var hour = (TimeProvider.System.GetUtcNow().Hour + 12) % 24;
        return JsonSerializer.Serialize(new
        {
            Discord = new { Token = fake.Options.Token, ApiBaseUrl = fake.ApiBaseUrl, InteractionsMode = "http", PublicKey = fake.Http.PublicKeyHex },
            Storage = new { Provider = storage["Provider"], DataDirectory = storage["DataDirectory"] },
            ConnectionStrings = new { NewsBot = storage["Connection"] },
            Fetching = new { AllowPrivateAddresses = true },
            Polling = new { FirstPollWindowSeconds = 0 },
            Topics = channels.Select((c, t) => new
            {
                Name = $"Poll topic {t:D3}",
                ChannelId = c,
                Schedule = $"0 0 {hour} * * ?",
                Feeds = Enumerable.Range(t * StoryPlan.FeedsPerTopic, StoryPlan.FeedsPerTopic).Where(f => f < feeds).Select(f => site.FeedUrl(f).AbsoluteUri),
            }),
        });
    }
}
