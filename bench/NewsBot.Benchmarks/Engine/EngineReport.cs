using System.Globalization;
using NewsBot.Core.Topics;

namespace NewsBot.Benchmarks.Engine;

/// <summary>The printed figures, one per line, and the verdict against the targets.</summary>
internal sealed class EngineReport(TextWriter output)
{
    private static readonly TimeSpan CycleTarget = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan DigestTarget = TimeSpan.FromSeconds(2);
    private const long MemoryTarget = 300L * 1024 * 1024;

    public void Setup(EngineBenchmarkOptions options, IReadOnlyList<Topic> topics, int articleFetches, Uri site, int pageBytes)
    {
        Line("engine benchmark", $"{options.Feeds} feeds x {options.Items} items, {topics.Count} topics ({BenchmarkTopics.WithQuery(topics)} with a word query)");
        Line("machine", $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        Line("parallel feeds", $"{options.Parallel} (Polling:ParallelArticleFetches {articleFetches} per feed)");
        Line("content server", $"{site} in this process; pages generated per request (avg article page {pageBytes:N0} B)");
    }

    public void Baseline(long workingSet) => Line("working set before", Mb(workingSet));

    public void Poll(PhaseFigures figures, PollTotals totals, GeneratedNewsSite site, WarningCounter warnings)
    {
        Line("poll wall", Seconds(figures.Wall));
        Line("poll cpu", $"{Seconds(figures.Cpu)} ({figures.Cpu / figures.Wall:0.00} cores busy, server included)");
        Line("articles stored", $"{totals.NewArticles:N0} new, {totals.Backfilled:N0} backfill ({totals.NewArticles / figures.Wall.TotalSeconds:0} /s)");
        Line("http requests", $"{site.Requests:N0} (generating the pages took about {Seconds(site.GenerationTime)} of it)");
        Line("failed feeds", totals.FailedFeeds == 0 ? "0" : $"{totals.FailedFeeds} (first: {totals.FirstError})");
        Line("warnings logged", warnings.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var warning in warnings.First)
            Line("  warning", warning.Length > 300 ? warning[..300] : warning);
        Memory("poll", figures);
    }

    public void Digests(PhaseFigures figures, DigestTotals totals)
    {
        Line("digest wall", $"{Seconds(figures.Wall)} (slowest topic {totals.Slowest.TotalMilliseconds:0} ms)");
        Line("digest cpu", Seconds(figures.Cpu));
        Line("  of which query topics", $"{Seconds(totals.QueryTopicsTime)} for {totals.QueryTopics} topics with a word query");
        Line("digests", $"{totals.Digests}: {totals.Stories} stories ({totals.MergedStories} merged from several outlets), {totals.Quotes} quotes, {totals.Messages} messages");
        Memory("digest", figures);
    }

    public void ProcessingShares((TimeSpan Extraction, TimeSpan Quotes, int Quoted) shares)
    {
        Line("  extraction (est.)", $"{Seconds(shares.Extraction)} of the cycle's cpu (every 20th page extracted again, scaled)");
        Line("  quote finding (est.)", $"{Seconds(shares.Quotes)} ({shares.Quoted} quotes in the sampled pages)");
    }

    /// <summary>Measured after the round, warm: shares of it, not parts of its figures.</summary>
    public void Breakdown(ComposeShares shares)
    {
        Line("  store reads alone", $"{Seconds(shares.StoreReads)} (all topics' windows read again, warm)");
        Line("  clustering alone", $"{Seconds(shares.Clustering)} (the newest 200 per topic clustered again)");
        Line("  second round, warm", $"{Seconds(shares.WarmRound)} (composing only; words of query topics already indexed)");
    }

    public void Verdict(PhaseFigures poll, PhaseFigures digests, ComposeShares shares)
    {
        var peak = Math.Max(poll.PeakWorkingSetBytes, digests.PeakWorkingSetBytes);
        Line("target cycle <= 60 s", poll.Wall <= CycleTarget ? "met" : "MISSED");
        Line("target peak <= 300 MB", peak <= MemoryTarget ? "met" : "MISSED");
        Line("target digests <= 2 s", digests.Wall <= DigestTarget ? "met" : "MISSED");
        Line("  same, warm round", shares.WarmRound <= DigestTarget ? "met" : "MISSED");
    }

    private void Memory(string phase, PhaseFigures figures)
    {
        Line($"{phase} peak working set", $"{Mb(figures.PeakWorkingSetBytes)} (process peak so far)");
        Line($"{phase} peak GC heap", $"{Mb(figures.PeakManagedHeapBytes)} (100 ms samples)");
        Line($"{phase} gc", $"{figures.Gen0Collections} gen0, {figures.Gen2Collections} gen2, {figures.GcPause.TotalMilliseconds:0} ms paused");
        Line($"{phase} allocated", Mb(figures.AllocatedBytes));
    }

    private void Line(string name, string value) => output.WriteLine($"{name,-26} {value}");

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
}
