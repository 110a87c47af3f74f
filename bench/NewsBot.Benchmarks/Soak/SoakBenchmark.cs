using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Benchmarks.Engine;
using NewsBot.Core.Storage;
using NewsBot.Engine.Scheduling;
using Quartz;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// <c>soak</c>: issue 14's acceptance run. The bot runs a simulated day against 200 outlets on loopback, 20 of them
/// misbehaving, and a fake Discord; the report gives digest punctuality, peak memory and the database size.
/// </summary>
internal static class SoakBenchmark
{
    /// <summary>Monday 2 March 2026, 05:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        SoakOptions options;
        try
        {
            options = SoakOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("soak: " + e.Message);
            return 2;
        }
        var dataDirectory = Path.Combine(Path.GetTempPath(), "newsbot-soak-" + Guid.NewGuid().ToString("N"));
        try
        {
            return await RunAsync(options, dataDirectory, CancellationToken.None) ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<bool> RunAsync(SoakOptions options, string dataDirectory, CancellationToken cancellationToken)
    {
        var end = Start.AddHours(options.Hours);
        var clock = new FakeTimeProvider(Start);
        var outlets = new SoakOutlets(options, Start);
        var report = new SoakReport(Console.Out);
        var warnings = new WarningCounter();
        var activity = new SoakActivity(clock);
        report.Setup(options, outlets, Start);
        using var allocations = options.Allocations ? new AllocationSampler() : null;

        await using IOutletServers servers = options.InProcess
            ? await LocalOutletServers.StartAsync(options, Start, clock, ownsClock: false, cancellationToken)
            : await ChildOutletServers.StartAsync(options, cancellationToken);
        string FeedUrl(int feed) => SoakSite.FeedUrl(servers.SiteBase, feed);
        var settings = new Dictionary<string, string?>(servers.DiscordSettings)
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Storage:DataDirectory"] = dataDirectory,
        };
        SoakTopics.Configure(settings, options, FeedUrl, outlets);

        PhaseFigures figures;
        SimulatedDay day;
        IReadOnlyList<FeedState> feeds;
        IReadOnlyList<FeedSubscription> subscriptions;
        Dictionary<string, int> topicIndex;
        await using (var meter = new ResourceMeter())
        {
            using var host = SoakHost.Build(settings, clock, activity, warnings);
            await host.StartAsync(cancellationToken);
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
            await WaitForScheduleAsync(scheduler, options.Topics + options.Feeds, cancellationToken);
            day = new SimulatedDay(clock, servers, scheduler, activity, options.Speed);
            for (var hour = 1; hour <= options.Hours; hour++)
            {
                await day.RunUntilAsync(Start.AddHours(hour), cancellationToken);
                report.Progress(hour, activity);
            }
            figures = await meter.StopAsync();
            await day.DrainAsync(cancellationToken);
            feeds = await host.Services.GetRequiredService<IFeedStateStore>().ListAsync(cancellationToken);
            subscriptions = await host.Services.GetRequiredService<IFeedSubscriptionStore>().ListAsync(null, cancellationToken);
            topicIndex = (await host.Services.GetRequiredService<ITopicStore>().ListAsync(cancellationToken)).ToDictionary(
                t => EngineScheduler.TopicJob(t.Id).Name, t => SoakTopics.Index(t.Name), StringComparer.Ordinal);
            await host.StopAsync(cancellationToken);
        }

        var outletFigures = await servers.StopAsync(cancellationToken);
        report.Run(figures, day, activity.Jobs, outletFigures, options.InProcess);
        var topics = Enumerable.Range(0, options.Topics).Select(t => (
            Topic: t,
            Expected: SoakTopics.ExpectedDigests(t, Start, end),
            Runs: (IReadOnlyList<DigestRun>)[.. activity.Digests.Where(r => r.DueAt > Start && r.DueAt <= end && topicIndex.GetValueOrDefault(r.TopicId, -1) == t)])).ToList();
        report.Digests(topics, outletFigures.Messages);
        var byUrl = Enumerable.Range(0, outlets.Count).ToDictionary(FeedUrl, outlets.Kind, StringComparer.Ordinal);
        var paused = subscriptions.Where(s => s.IsPaused).ToList();
        report.Feeds(paused.Count, feeds.Count(f => f.ConsecutiveFailures > 0),
            paused.GroupBy(s => byUrl.GetValueOrDefault(s.FeedUrl)).Select(g => $"{g.Key} {g.Count()}"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        report.Database(DatabaseFigures.Read(dataDirectory), activity.Prunings);
        report.Warnings(warnings);
        foreach (var line in allocations?.Top(12) ?? [])
            Console.WriteLine("  allocated " + line);
        return report.Verdict(topics, figures);
    }

    /// <summary>Start-up is done once every topic and feed has its trigger (real time; a hang guard of a minute).</summary>
    private static async Task WaitForScheduleAsync(IScheduler scheduler, int jobs, CancellationToken cancellationToken)
    {
        var guard = Stopwatch.StartNew();
        while ((await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).Count < jobs)
        {
            if (guard.Elapsed > TimeSpan.FromMinutes(1))
                throw new TimeoutException("soak: the engine did not schedule its jobs within a minute");
            await Task.Delay(50, cancellationToken);
        }
    }
}
