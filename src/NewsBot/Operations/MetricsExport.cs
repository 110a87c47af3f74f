using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Diagnostics;
using NewsBot.Engine.Metrics;
using NewsBot.Ingestion.Extraction;
using OpenTelemetry.Metrics;

namespace NewsBot.Operations;

/// <summary>
/// Exports the NewsBot, NewsBot.Extraction and NewsBot.Discord meters: Prometheus text at <c>/metrics</c> always, OTLP as well when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads its other OTEL_* variables itself).
/// </summary>
internal static class MetricsExport
{
    public const string Path = "/metrics";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddMetricsExport(this IServiceCollection services, IConfiguration bot)
    {
        var otlp = !string.IsNullOrWhiteSpace(bot[OtlpEndpointSetting]);
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(NewsBotMetrics.MeterName, ExtractionMetrics.MeterName, DiscordMetrics.MeterName).AddPrometheusExporter();
            if (otlp)
                AddOtlp(metrics);
        });
    }

    /// <summary>Apart, so the OTLP exporter's assembly loads only when it is configured, not whenever the lambda above is compiled.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtlp(MeterProviderBuilder metrics) => metrics.AddOtlpExporter();

    public static void MapMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint(Path);
}
