using System.Globalization;
using NewsBot.Benchmarks.Engine;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Prints the soak's figures as a table, then the verdict against the issue's bars.</summary>
internal sealed class SoakReport(TextWriter output)
{
    private static readonly TimeSpan LatenessBar = TimeSpan.FromMinutes(1);
    private const double MemoryBarMegabytes = 300;
    private readonly System.Diagnostics.Stopwatch _wall = System.Diagnostics.Stopwatch.StartNew();

    public void Setup(SoakOptions options, SoakOutlets outlets, DateTimeOffset start)
    {
        var kinds = Enumerable.Range(0, outlets.Count).GroupBy(outlets.Kind).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count()}");
        Line($"soak: {options.Feeds} feeds on loopback ({string.Join(", ", kinds)}), {options.Topics} topics, " +
            $"{options.Hours} simulated hours from {start:u}; the clock jumps between jobs and flows at {options.Speed}x while they run");
    }

    /// <summary>One line per simulated hour, so a run cut short still says how far it got and how it was going.</summary>
    public void Progress(int hour, SoakActivity activity)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var digests = activity.Digests;
        var worst = digests.Count == 0 ? TimeSpan.Zero : digests.Max(d => d.Lateness);
        Line($"  hour {hour,2}: {_wall.Elapsed.TotalSeconds,5:0} s wall, {activity.Jobs,6:N0} jobs, {digests.Count,3} digests (latest start " +
            $"{worst.TotalSeconds:0.0} s after its time), peak working set {Mb(process.PeakWorkingSet64):0} MB; {MemorySnapshot.Take()}");
        output.Flush();
    }

    public void Run(PhaseFigures figures, SimulatedDay day, long jobs, OutletFigures outlets, bool inProcess)
    {
        Row("wall time / cpu time (the bot's process)", $"{figures.Wall.TotalSeconds:0} s / {figures.Cpu.TotalSeconds:0} s");
        Row("scheduler", $"{jobs:N0} jobs run, {day.Jumps:N0} clock jumps, {day.Busy.TotalHours:0.0} simulated hours busy");
        Row("requests to the outlets", $"{outlets.Requests:N0}");
        Row(inProcess ? "peak working set (one process: bot, outlets, fake Discord)" : "peak working set (the bot's process alone)",
            $"{Mb(figures.PeakWorkingSetBytes):0} MB");
        if (figures.AtPeakWorkingSet is { } peak)
            Row("at the largest 100 ms sample", peak.ToString());
        if (!inProcess)
            Row("peak working set of the outlets' process (outlets' Kestrel, fake Discord)", $"{Mb(outlets.PeakWorkingSetBytes):0} MB");
        Row("GC (as the bot's runtimeconfig sets it)", GcSettings());
        Row("peak managed heap (100 ms samples)", $"{Mb(figures.PeakManagedHeapBytes):0} MB; gen0 {figures.Gen0Collections}, gen2 {figures.Gen2Collections}, GC pause {figures.GcPause.TotalSeconds:0.0} s");
    }

    public void Digests(IReadOnlyList<(int Topic, int Expected, IReadOnlyList<DigestRun> Runs)> topics, int messages)
    {
        foreach (var (topic, expected, runs) in topics)
        {
            var worst = runs.Count == 0 ? TimeSpan.Zero : runs.Max(r => r.Lateness);
            Row($"topic {topic} digests: due / started / distinct times", $"{expected} / {runs.Count} / {runs.Select(r => r.DueAt).Distinct().Count()}; latest start {worst.TotalSeconds:0.0} s after its time");
        }
        Row("messages posted to the fake Discord", messages.ToString(CultureInfo.InvariantCulture));
    }

    public void Feeds(int paused, int failing, IEnumerable<string> pausedKinds) =>
        Row("subscriptions paused / feeds failing at the end", $"{paused} / {failing} ({string.Join(", ", pausedKinds)})");

    public void Database(DatabaseFigures database, long prunings)
    {
        Row(prunings > 0 ? $"database after {prunings} daily pruning(s) (Retention settings' defaults)" : "database (the daily pruning did not run)",
            $"{Mb(database.FileBytes):0.0} MB file + {Mb(database.WalBytes):0.0} MB WAL");
        Row("rows", string.Join(", ", database.Tables.Select(t => $"{t.Table} {t.Rows:N0}")));
    }

    public void Warnings(WarningCounter warnings)
    {
        Row("warnings and errors logged", warnings.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var line in warnings.First)
            Line("    " + (line.Length > 220 ? line[..220] + "…" : line));
    }

    public bool Verdict(IReadOnlyList<(int Topic, int Expected, IReadOnlyList<DigestRun> Runs)> topics, PhaseFigures figures)
    {
        var allOnTime = topics.All(t => t.Runs.Count == t.Expected && t.Runs.All(r => r.Lateness <= LatenessBar)
            && t.Runs.Select(r => r.DueAt).Distinct().Count() == t.Expected);
        var memoryOk = Mb(figures.PeakWorkingSetBytes) <= MemoryBarMegabytes;
        Line($"verdict: every digest within 1 minute of its time: {(allOnTime ? "yes" : "NO")}; peak working set <= 300 MB: {(memoryOk ? "yes" : "NO")}");
        return allOnTime && memoryOk;
    }

    /// <summary>What the runtime says it runs with, so a figure is never read against the wrong settings.</summary>
    private static string GcSettings()
    {
        var settings = GC.GetConfigurationVariables();
        string Setting(string name) => settings.FirstOrDefault(s => s.Key.Contains(name, StringComparison.OrdinalIgnoreCase)).Value is { } value
            ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?"
            : "?";
        return $"server {Setting("ServerGC")}, concurrent {Setting("ConcurrentGC")}, conserve memory {Setting("Conserve")}, gen0 size {Setting("gen0size")}, gen0 max budget {Setting("Gen0MaxBudget")}";
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    private void Row(string what, string figure) => output.WriteLine($"| {what} | {figure} |");

    private void Line(string text) => output.WriteLine(text);
}
