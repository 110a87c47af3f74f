using System.Diagnostics;
using System.Globalization;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Startup;

/// <summary>
/// <c>startup [--runs 20] [--app path]...</c>: the wall time of <c>quotes</c> on the invented plain-text sample, from
/// process start to exit (and the CPU it used), run N times after one unmeasured run (disk cache), as median, min and max. Each <c>--app</c>
/// is a <c>NewsBot.dll</c> (run through dotnet) or a published <c>NewsBot</c> executable (e.g. the ReadyToRun publish);
/// the default is the framework-dependent build beside this benchmark.
/// </summary>
internal static class StartupBenchmark
{
    private const double TargetSeconds = 0.2;

    public static async Task<int> RunAsync(string[] args)
    {
        var (runs, apps) = Parse(args);
        var sample = Path.Combine(TestPaths.Samples, "articles", "text", "press-briefing.txt");
        Console.WriteLine($"quotes {Path.GetFileName(sample)}: {runs} runs each after one warm-up; load average before: {AppProcess.LoadAverage()}");
        var failed = false;
        foreach (var app in apps)
        {
            await TimeOnceAsync(app, sample);
            var seconds = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var cpuBefore = ChildCpu.Seconds();
                seconds.Add(await TimeOnceAsync(app, sample));
                cpu.Add(ChildCpu.Seconds() - cpuBefore);
            }
            seconds.Sort();
            cpu.Sort();
            var median = seconds[seconds.Count / 2];
            failed |= median > TargetSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{app}: wall median {median:F3} s, min {seconds[0]:F3} s, max {seconds[^1]:F3} s (target <= {TargetSeconds} s: {(median <= TargetSeconds ? "met" : "NOT met")}); CPU median {cpu[cpu.Count / 2]:F2} s, min {cpu[0]:F2} s"));
        }
        Console.WriteLine($"load average after: {AppProcess.LoadAverage()}");
        return failed ? 1 : 0;
    }

    /// <exception cref="InvalidOperationException">The run failed: a timing of a failure means nothing.</exception>
    private static async Task<double> TimeOnceAsync(string app, string sample)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(AppProcess.StartInfo(app, ["quotes", sample])) ?? throw new InvalidOperationException($"{app} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0 || !(await output).Contains('—', StringComparison.Ordinal))
            throw new InvalidOperationException($"{app} quotes exited {process.ExitCode}: {await error}");
        return elapsed;
    }

    private static (int Runs, List<string> Apps) Parse(string[] args)
    {
        var runs = 20;
        var apps = new List<string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--runs" && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
                runs = number;
            else if (args[i] == "--app")
                apps.Add(Path.GetFullPath(args[i + 1]));
            else
                throw new ArgumentException($"unknown option {args[i]}; use --runs N, --app path");
        }
        if (args.Length % 2 != 0)
            throw new ArgumentException($"{args[^1]} needs a value");
        return (runs, apps.Count > 0 ? apps : [AppProcess.BuiltDll]);
    }
}
