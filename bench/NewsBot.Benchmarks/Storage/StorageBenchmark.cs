using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Storage;
using NewsBot.Persistence;
using Npgsql;

namespace NewsBot.Benchmarks.Storage;

/// <summary>
/// Storage throughput per provider: generated articles (about 3 KB of text, two quotes) stored through
/// <see cref="IArticleStore.TryAddAllAsync"/> in batches (a feed's new items; <c>--batch 1</c>: one
/// <see cref="IArticleStore.TryAddAsync"/> each) by concurrent writers, on a fresh SQLite file and, when
/// <c>NEWSBOT_TEST_POSTGRES</c> names a server (<c>source .ci/postgres</c>), a fresh PostgreSQL schema. Reports articles
/// per second and this process's CPU per article (PostgreSQL's own CPU is in the server's processes, not counted).
/// </summary>
internal static class StorageBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = StorageBenchmarkOptions.Parse(args);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"storage: {options.Articles} articles, {options.Writers} writers, {options.Batch} per write, median of {options.Runs} runs, {Environment.ProcessorCount} cores"));
        await ReportAsync("sqlite", options, run => SqliteSettings());
        if (Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES") is { Length: > 0 } server)
        {
            await ReportAsync("postgres", options, run => PostgresSettings(server, run));
            for (var run = 0; run < options.Runs; run++)
                ExecuteOnServer(server, $"DROP SCHEMA IF EXISTS {Schema(run)} CASCADE;");
        }
        else
        {
            Console.WriteLine("postgres: skipped (set NEWSBOT_TEST_POSTGRES, e.g. `source .ci/postgres`)");
        }
        return 0;
    }

    private static async Task ReportAsync(string provider, StorageBenchmarkOptions options, Func<int, Dictionary<string, string?>> settings)
    {
        var runs = new List<(double PerSecond, double CpuMilliseconds)>();
        for (var run = 0; run < options.Runs; run++)
            runs.Add(await MeasureAsync(settings(run), options));
        var median = runs.OrderBy(r => r.PerSecond).ElementAt(runs.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: {median.PerSecond:0} articles/s, client CPU {median.CpuMilliseconds:0.00} ms per article (runs: {string.Join(", ", runs.Select(r => r.PerSecond.ToString("0", CultureInfo.InvariantCulture)))})"));
    }

    private static async Task<(double PerSecond, double CpuMilliseconds)> MeasureAsync(Dictionary<string, string?> settings, StorageBenchmarkOptions options)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddNewsBotPersistence();
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IArticleStore>();
        var articles = Enumerable.Range(0, options.Articles).Select(GeneratedArticle).ToList();

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var batches = articles.Chunk(Math.Max(1, options.Batch)).ToList();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.Writers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count)
            {
                if (batches[index].Length == 1)
                    await store.TryAddAsync(batches[index][0], CancellationToken.None);
                else
                    await store.TryAddAllAsync(batches[index], CancellationToken.None);
            }
        })));
        clock.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await host.StopAsync();
        if (settings.GetValueOrDefault("Storage:DataDirectory") is { } folder && settings["Storage:Provider"] == "sqlite")
        {
            host.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        return (options.Articles / clock.Elapsed.TotalSeconds, cpuUsed.TotalMilliseconds / options.Articles);
    }

    private static Dictionary<string, string?> SqliteSettings() => new()
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:DataDirectory"] = Directory.CreateTempSubdirectory("newsbot-storage-bench-").FullName,
    };

    private static Dictionary<string, string?> PostgresSettings(string server, int run)
    {
        ExecuteOnServer(server, $"DROP SCHEMA IF EXISTS {Schema(run)} CASCADE; CREATE SCHEMA {Schema(run)};");
        return new()
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:NewsBot"] = new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{Schema(run)},public" }.ToString(),
        };
    }

    private static string Schema(int run) => string.Create(CultureInfo.InvariantCulture, $"bench_{Environment.ProcessId}_{run}");

    internal static void ExecuteOnServer(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static ArticleRecord GeneratedArticle(int index)
    {
        var sentences = Enumerable.Range(0, 24).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"The harbour council of Northfield met for session {index} and discussed item {s}, the ferry timetable and the dredging budget."));
        return new ArticleRecord
        {
            Identity = new ArticleIdentity(
                string.Create(CultureInfo.InvariantCulture, $"https://outlet-{index % 50}.example/rss"),
                string.Create(CultureInfo.InvariantCulture, $"item-{index}"),
                string.Create(CultureInfo.InvariantCulture, $"https://outlet-{index % 50}.example/news/{index}")),
            Title = string.Create(CultureInfo.InvariantCulture, $"Harbour council session {index}"),
            Text = string.Join(' ', sentences),
            Language = "en",
            Quotes = [new StoredQuote("We will keep the ferries running", "Ines Varga"), new StoredQuote("The budget is tight", "Tomas Reed")],
        };
    }
}
