namespace NewsBot.Benchmarks.Commands;

/// <summary>Nearest-rank percentiles of a set of latencies, in milliseconds.</summary>
internal sealed record LatencyFigures(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencyFigures Of(IEnumerable<TimeSpan> latencies)
    {
        var sorted = latencies.Select(l => l.TotalMilliseconds).Order().ToArray();
        if (sorted.Length == 0)
            return new LatencyFigures(0, double.NaN, double.NaN, double.NaN, double.NaN);
        return new LatencyFigures(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.90), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
