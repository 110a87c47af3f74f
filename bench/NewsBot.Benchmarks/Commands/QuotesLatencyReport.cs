namespace NewsBot.Benchmarks.Commands;

/// <summary>Prints the run's set-up, a line pair per round and overall, and the verdict against the issue's target.</summary>
internal sealed class QuotesLatencyReport(TextWriter output)
{
    public static readonly TimeSpan Target = TimeSpan.FromMilliseconds(500);

    public void Setup(QuotesLatencyOptions options)
    {
        Line($"quotes-latency: {options.Rounds} round(s) of {options.Interactions} concurrent /quotes on stored articles, after {options.Warmup} warm-up interaction(s)");
        Line($"machine: {Environment.ProcessorCount} logical cores, load average {LoadAverage()}; .NET {Environment.Version}");
        Line("fake Discord: rate limits off, 3 s interaction deadline enforced; one member per interaction (the per-member /quotes limit is untouched)");
        Line("latency from the fake stamping INTERACTION_CREATE to it receiving: initial = the callback (defer/reply), final = the followup with the quotes embed");
        Line("");
        Line($"{"round",-8} {"what",-8} {"n",5} {"p50 ms",9} {"p90 ms",9} {"p99 ms",9} {"max ms",9}");
    }

    public void Round(LatencyRound round)
    {
        Figures(round.Name, "initial", round.Initial);
        Figures("", "final", round.Final);
        Line($"{"",-8} {round.Quoted}/{round.Timings.Count} answered with quotes; INTERACTION_CREATE frames written over {round.SentOver.TotalMilliseconds:0.0} ms");
        Line($"{"",-8} webhook requests (PATCH @original, followups): {round.Webhooks.Requests} over {round.Webhooks.Span.TotalSeconds:0.00} s ({round.Webhooks.PerSecond:0} /s)");
    }

    public void Verdict(LatencyFigures initial, int failures, int warnings, IReadOnlyList<string> firstWarnings)
    {
        Line("");
        var met = initial.P99 < Target.TotalMilliseconds && failures == 0;
        Line($"target: initial-response p99 under {Target.TotalMilliseconds:0} ms: {(met ? "met" : "NOT met")} (p99 {initial.P99:0.0} ms, {failures} interaction(s) without quotes)");
        Line($"bot warnings/errors logged: {warnings}");
        foreach (var warning in firstWarnings)
            Line("  " + warning);
        Line($"load average at the end: {LoadAverage()}");
    }

    public void Figures(string round, string what, LatencyFigures f) =>
        Line($"{round,-8} {what,-8} {f.Count,5} {f.P50,9:0.0} {f.P90,9:0.0} {f.P99,9:0.0} {f.Max,9:0.0}");

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private void Line(string text) => output.WriteLine(text);
}
