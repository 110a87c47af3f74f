using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NewsBot.Benchmarks.Idle;

/// <summary>
/// <c>idle-memory [--seconds 60] [--app path]</c>: the memory of an idle <c>run</c>. Starts the fake Discord in its own
/// process, writes a settings file with one topic and no due work (its one feed on an address the fetch guard refuses,
/// a yearly schedule), starts <c>run</c>, waits in real time, then reads the child's working set and peak (VmRSS and
/// VmHWM), its private memory (Private_Clean + Private_Dirty of smaps_rollup: what the process alone holds; the rest of
/// the working set is file pages shared with the page cache and other .NET processes) and the managed heap the bot's own
/// memory report last logged (<c>NewsBot.Operations.MemoryReport</c>, switched on in the settings), and prints them.
/// </summary>
internal static class IdleMemoryBenchmark
{
    private const double TargetMegabytes = 80;

    public static async Task<int> RunAsync(string[] args)
    {
        var (seconds, app) = Parse(args);
        var folder = Directory.CreateTempSubdirectory("newsbot-idle-").FullName;
        using var fake = Process.Start(Startup.AppProcess.StartInfo(Environment.ProcessPath!, ProcessArguments("fake-discord")))
            ?? throw new InvalidOperationException("the fake Discord did not start");
        try
        {
            var settings = await ReadSettingsAsync(fake);
            var file = Path.Combine(folder, "appsettings.json");
            await File.WriteAllTextAsync(file, SettingsJson(settings, folder));
            using var bot = Process.Start(Startup.AppProcess.StartInfo(app, ["run", "--config", file]))
                ?? throw new InvalidOperationException($"{app} did not start");
            var errors = bot.StandardError.ReadToEndAsync();
            var report = LastMemoryReportAsync(bot);
            await Task.WhenAny(bot.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(seconds)));
            if (bot.HasExited)
                throw new InvalidOperationException($"run exited {bot.ExitCode} before {seconds} s: {await errors}");
            var (rss, peak, anonymous) = Memory(bot.Id);
            var privateMemory = PrivateMemory(bot.Id);
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run, idle after {seconds} s against the fake Discord ({Path.GetFileName(app)}): working set {rss:F1} MiB ({anonymous:F1} MiB anonymous: heaps and compiled code; the rest mapped files), peak {peak:F1} MiB (target <= {TargetMegabytes} MiB: {(rss <= TargetMegabytes ? "met" : "NOT met")}); private {privateMemory:F1} MiB (target: {(privateMemory <= TargetMegabytes ? "met" : "NOT met")}); load average {Startup.AppProcess.LoadAverage()}"));
            Console.WriteLine($"the bot's last memory report: {await report}");
            return rss <= TargetMegabytes ? 0 : 1;
        }
        finally
        {
            fake.StandardInput.Close();
            await fake.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>This benchmark again, as a child: through dotnet when it was started that way.</summary>
    private static string[] ProcessArguments(string command) =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? [typeof(IdleMemoryBenchmark).Assembly.Location, command] : [command];

    private static async Task<Dictionary<string, string>> ReadSettingsAsync(Process fake)
    {
        var settings = new Dictionary<string, string>();
        while (await fake.StandardOutput.ReadLineAsync() is { } line && line != FakeDiscordProcess.Ready)
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            settings[line[..equals]] = line[(equals + 1)..];
        }
        return settings;
    }

    /// <summary>The text of the last "Memory:" line the bot logged before it was stopped.</summary>
    private static async Task<string> LastMemoryReportAsync(Process bot)
    {
        var last = "(none logged)";
        while (await bot.StandardOutput.ReadLineAsync() is { } line)
        {
            var start = line.IndexOf("Memory: ", StringComparison.Ordinal);
            if (start >= 0)
                last = line[start..];
        }
        return last;
    }

    private static string SettingsJson(Dictionary<string, string> discord, string folder) => JsonSerializer.Serialize(new
    {
        Logging = new { LogLevel = new Dictionary<string, string> { ["NewsBot.Operations.MemoryReport"] = "Debug" } },
        Discord = new { Token = discord["Discord:Token"], ApiBaseUrl = discord["Discord:ApiBaseUrl"], GatewayUrl = discord["Discord:GatewayUrl"] },
        Storage = new { DataDirectory = Path.Combine(folder, "state") },
        Http = new { Urls = "http://127.0.0.1:0" },
        // A feed on an address the fetch guard refuses: polling it costs no download, and the digest is a year away.
        Topics = new[] { new { Name = "World", ChannelId = FakeDiscordProcess.ChannelId, Schedule = "0 0 0 1 1 ?", Feeds = new[] { "http://127.0.0.1:9/feed.xml" } } },
    });

    /// <summary>Resident, peak resident and anonymous resident memory in MiB, from /proc (Linux), as the kernel counts them.</summary>
    private static (double Rss, double Peak, double Anonymous) Memory(int processId)
    {
        var status = File.ReadAllLines($"/proc/{processId}/status");
        double Field(string name) =>
            double.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        return (Field("VmRSS:"), Field("VmHWM:"), Field("RssAnon:"));
    }

    /// <summary>Private_Clean + Private_Dirty of /proc/PID/smaps_rollup in MiB: the pages no other process shares.</summary>
    private static double PrivateMemory(int processId) =>
        File.ReadLines($"/proc/{processId}/smaps_rollup")
            .Where(l => l.StartsWith("Private_Clean:", StringComparison.Ordinal) || l.StartsWith("Private_Dirty:", StringComparison.Ordinal))
            .Sum(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)) / 1024;

    private static (int Seconds, string App) Parse(string[] args)
    {
        var seconds = 60;
        var app = Startup.AppProcess.BuiltDll;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--seconds" && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
                seconds = number;
            else if (args[i] == "--app")
                app = Path.GetFullPath(args[i + 1]);
            else
                throw new ArgumentException($"unknown option {args[i]}; use --seconds N, --app path");
        }
        return (seconds, app);
    }
}
