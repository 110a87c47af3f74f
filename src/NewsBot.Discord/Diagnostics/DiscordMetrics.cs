using System.Diagnostics.Metrics;

namespace NewsBot.Discord.Diagnostics;

/// <summary>
/// The Discord client's own counters, on a meter of its own so this project knows nothing of the host's exporters:
/// REST requests by route and status, rate-limit waits, gateway reconnects.
/// </summary>
public sealed class DiscordMetrics : IDisposable
{
    public const string MeterName = "NewsBot.Discord";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _requests;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Counter<long> _reconnects;

    public DiscordMetrics()
    {
        _requests = _meter.CreateCounter<long>("discord.rest.requests", "{request}", "Discord REST responses, by route and HTTP status.");
        _rateLimitWaits = _meter.CreateCounter<long>("discord.rest.rate_limit_waits", "{wait}", "429 replies waited out before retrying.");
        _reconnects = _meter.CreateCounter<long>("discord.gateway.reconnects", "{reconnect}", "Gateway connection attempts after the first (resumes, fresh identifies, failed connects).");
    }

    public void RequestAnswered(string route, int status) =>
        _requests.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("status", status));

    public void RateLimitWaited() => _rateLimitWaits.Add(1);

    public void GatewayReconnected() => _reconnects.Add(1);

    public void Dispose() => _meter.Dispose();
}
