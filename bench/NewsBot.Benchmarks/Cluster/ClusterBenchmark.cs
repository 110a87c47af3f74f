using System.Globalization;
using System.Text.Json;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using Npgsql;

namespace NewsBot.Benchmarks.Cluster;

/// <summary>
/// <c>cluster</c>: issue 17's acceptance run. Two <c>run</c> processes on one PostgreSQL schema (http interactions mode)
/// against the fake Discord in this process; N topics due every minute (empty digests are posted, so every firing is one
/// message); signed /ping interactions sent to either instance every 10 s; at the chosen minute, as soon as that firing's
/// first message reaches the fake, instance A gets SIGKILL. Then the fake's records are read: every firing once, none
/// twice, none lost, and after the kill every firing posted within 30 s. Real time: minutes + about a minute.
/// </summary>
internal static class ClusterBenchmark
{
    private static readonly TimeSpan TakeoverBar = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = ClusterOptions.Parse(args);
        if (Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES") is not { Length: > 0 } server)
        {
            Console.Error.WriteLine("cluster: set NEWSBOT_TEST_POSTGRES (e.g. `source .ci/postgres`)");
            return 2;
        }
        var schema = string.Create(CultureInfo.InvariantCulture, $"cluster_{Environment.ProcessId}");
        await ExecuteAsync(server, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};");
        var folder = Directory.CreateTempSubdirectory("newsbot-cluster-").FullName;
        await using var fake = await FakeDiscordServer.StartAsync(FakeDiscordOptions.LoadTolerant with { RateLimitsEnabled = false });
        await using var site = await LoopbackHttpServer.StartAsync(CancellationToken.None);
        site.Map("/feed.xml", LoopbackResponse.Text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Harbour Gazette</title><link>http://gazette.test/</link></channel></rss>""", "application/rss+xml"));
        var channels = Enumerable.Range(1, options.Topics).Select(i => string.Create(CultureInfo.InvariantCulture, $"71000000000000000{i}")).ToList();
        foreach (var channel in channels)
            fake.State.Channels[channel] = FakeChannelKind.Text;
        var settings = Path.Combine(folder, "appsettings.json");
        await File.WriteAllTextAsync(settings, SettingsJson(fake, site, channels, new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{schema},public" }.ToString()));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var a = ClusterInstance.Start("instance-a", options.App, settings, folder);
        using var b = ClusterInstance.Start("instance-b", options.App, settings, folder);
        try
        {
            await Task.WhenAll(a.WaitReadyAsync(http, TimeSpan.FromMinutes(3)), b.WaitReadyAsync(http, TimeSpan.FromMinutes(3)));
            // Ready does not wait for the commands' registration; the fake offers only registered commands.
            await FakeDiscordServer.WaitUntilAsync(() => fake.State.Commands.ContainsKey("global"), CancellationToken.None, TimeSpan.FromMinutes(2));
            var first = NextMinute(TimeProvider.System.GetUtcNow());
            var firings = Enumerable.Range(0, options.Minutes).Select(m => first.AddMinutes(m)).ToList();
            var killFiring = firings[options.KillAfterMinutes];
            var interactions = new List<(string Instance, bool AfterKill, int Status)>();
            var killedAt = (DateTimeOffset?)null;
            var end = firings[^1].AddSeconds(45);
            var nextPing = TimeProvider.System.GetUtcNow();
            for (var turn = 0; TimeProvider.System.GetUtcNow() < end; turn++)
            {
                if (killedAt is null && TimeProvider.System.GetUtcNow() >= killFiring && FirstPostSince(fake, channels, killFiring))
                {
                    a.Kill();
                    killedAt = TimeProvider.System.GetUtcNow();
                }
                if (TimeProvider.System.GetUtcNow() >= nextPing)
                {
                    var target = a.Killed || turn % 2 == 1 ? b : a;
                    var answer = await fake.Http.SendAsync(target.Endpoint, FakeInvocation.Slash("ping") with { UserId = (600 + turn).ToString(CultureInfo.InvariantCulture) });
                    interactions.Add((target.Name, a.Killed, answer.Status));
                    nextPing = TimeProvider.System.GetUtcNow().AddSeconds(10);
                }
                await Task.Delay(20);
            }
            return Report(options, ClusterPosts.Read(fake, channels, firings), killFiring, killedAt, interactions, fake.State.DuplicateNoncesAnswered, folder);
        }
        finally
        {
            await a.StopAsync();
            await b.StopAsync();
            await ExecuteAsync(server, $"DROP SCHEMA IF EXISTS {schema} CASCADE;");
        }
    }

    private static int Report(
        ClusterOptions options, List<ClusterPosts> posts, DateTimeOffset killFiring, DateTimeOffset? killedAt,
        List<(string Instance, bool AfterKill, int Status)> interactions, int nonceDuplicates, string folder)
    {
        var missing = posts.Count(p => p.Messages == 0);
        var twice = posts.Count(p => p.Messages > 1);
        var afterKill = posts.Where(p => p.Firing >= killFiring).ToList();
        var slowest = afterKill.Max(p => p.FirstAfter ?? TimeSpan.MaxValue);
        var answered = interactions.Count(i => i.Status == 200);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            cluster: 2 instances (http interactions, PostgreSQL), {options.Topics} topics every minute, {options.Minutes} firings each; logs in {folder}
            firings: {posts.Count} expected, {posts.Count - missing} posted, {missing} lost, {twice} posted twice or more (distinct messages), {posts.Sum(p => p.Resends)} resends of a message (same nonce), {nonceDuplicates} answered as duplicates by nonce
            kill: instance-a SIGKILL at {killedAt:HH:mm:ss.fff} (firing {killFiring:HH:mm:ss}); after it the slowest firing's first message came {(slowest == TimeSpan.MaxValue ? "never" : $"{slowest.TotalSeconds:0.0} s")} after its time (bar {TakeoverBar.TotalSeconds} s)
            interactions: {answered}/{interactions.Count} answered 200 ({interactions.Count(i => i.Instance == "instance-a" && i.Status == 200)} by instance-a, {interactions.Count(i => i.Instance == "instance-b" && i.Status == 200)} by instance-b, {interactions.Count(i => i.AfterKill && i.Status == 200)} after the kill)
            per firing (channel, time: messages, first after): {string.Join("; ", posts.Select(p => $"{p.Channel[^1..]} {p.Firing:HH:mm}: {p.Messages}, {p.FirstAfter?.TotalSeconds:0.0} s"))}
            load average {Startup.AppProcess.LoadAverage()}
            """));
        var held = missing == 0 && twice == 0 && killedAt is not null && slowest <= TakeoverBar && answered == interactions.Count;
        Console.WriteLine(held ? "exactly once: held" : "exactly once: NOT held");
        return held ? 0 : 1;
    }

    private static bool FirstPostSince(FakeDiscordServer fake, IReadOnlyList<string> channels, DateTimeOffset firing) =>
        fake.Requests.Any(r => r.Method == "POST" && r.At >= firing && channels.Any(c => r.Path.EndsWith($"/channels/{c}/messages", StringComparison.Ordinal)));

    private static DateTimeOffset NextMinute(DateTimeOffset now)
    {
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        // At least 10 s ahead, so both instances have their triggers before the first firing counted.
        return minute.AddMinutes(now.Second >= 50 ? 2 : 1);
    }

    private static string SettingsJson(FakeDiscordServer fake, LoopbackHttpServer site, List<string> channels, string connection) => JsonSerializer.Serialize(new
    {
        Discord = new { Token = fake.Options.Token, ApiBaseUrl = fake.ApiBaseUrl, InteractionsMode = "http", PublicKey = fake.Http.PublicKeyHex },
        Storage = new { Provider = "postgres" },
        ConnectionStrings = new { NewsBot = connection },
        Fetching = new { AllowPrivateAddresses = true },
        Digests = new { PostWhenEmpty = true },
        Topics = channels.Select((c, i) => new { Name = $"Harbour {i + 1}", ChannelId = c, Schedule = "0 * * * * ?", Feeds = new[] { site.Url("/feed.xml").AbsoluteUri } }),
    });

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
