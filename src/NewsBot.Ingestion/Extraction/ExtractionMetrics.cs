using System.Diagnostics.Metrics;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Extraction time on a meter of its own, so this project knows nothing of the host's exporters (the bot exports it at
/// /metrics). Static: the extractor is made in many places, tests and eval included; with no listener a record costs nothing.
/// </summary>
public static class ExtractionMetrics
{
    public const string MeterName = "NewsBot.Extraction";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("newsbot.extraction.duration", "ms", "Time to extract one page's main text and metadata (parsing included, download not).");

    internal static void Record(TimeSpan elapsed) => Duration.Record(elapsed.TotalMilliseconds);
}
