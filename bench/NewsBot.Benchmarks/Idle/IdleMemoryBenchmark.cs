using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NewsBot.Benchmarks.Idle;

/// <summary>
/// <c>idle-memory [--seconds 60] [--app path]</c>: the memory of an idle <c>run</c>. Starts the fake Discord in its own
/// process, writes a settings file with one topic and no due work (its one feed on an address the fetch guard refuses,
/// a yearly schedule), starts <c>run</c>, waits in real time, then reads the child's working set and peak (VmRSS and
/// VmHWM) and prints them.
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
            _ = bot.StandardOutput.ReadToEndAsync();
            await Task.WhenAny(bot.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(seconds)));
            if (bot.HasExited)
                throw new InvalidOperationException($"run exited {bot.ExitCode} before {seconds} s: {await errors}");
            var (rss, peak, anonymous) = Memory(bot.Id);
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run, idle after {seconds} s against the fake Discord ({Path.GetFileName(app)}): working set {rss:F1} MiB ({anonymous:F1} MiB anonymous: heaps and compiled code; the rest mapped files), peak {peak:F1} MiB (target <= {TargetMegabytes} MiB: {(rss <= TargetMegabytes ? "met" : "NOT met")}); load average {Startup.AppProcess.LoadAverage()}"));
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

    private static string SettingsJson(Dictionary<string, string> discord, string folder) => JsonSerializer.Serialize(new
    {
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
