using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Diagnostics;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimiting;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected: resumes on the resume URL when the session survives, identifies afresh when it does not,
/// backs off exponentially with jitter while connections keep failing, and stops with <see cref="DiscordFatalException"/>
/// on a fatal close code instead of looping.
/// </summary>
public sealed partial class DiscordGatewayClient(
    IOptions<DiscordOptions> options, GatewayApi gatewayApi, TimeProvider time, ILogger<DiscordGatewayClient> logger,
    IGatewayDispatchHandler? handler = null, DiscordMetrics? metrics = null)
{
    private static readonly TimeSpan HealthyAfter = TimeSpan.FromMinutes(1);
    private readonly GatewaySession _session = new();
    private string? _gatewayUrl;

    /// <summary>Whether the session is up now (what /readyz reports): from READY or RESUMED until the connection ends.</summary>
    public GatewayReadiness Readiness { get; } = new(time, TimeSpan.FromSeconds(options.Value.ReadinessGraceSeconds));

    /// <summary>Runs until cancelled (returns) or until Discord refuses the bot (throws <see cref="DiscordFatalException"/>).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var failures = 0;
        var action = GatewayAction.Identify;
        var connections = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (connections++ > 0)
                metrics?.GatewayReconnected();
            if (failures > 0)
                await Task.Delay(RetryBackoff.Delay(failures - 1, settings.ReconnectBaseDelay, settings.ReconnectMaxDelay, Random.Shared), time, cancellationToken);
            var resume = action == GatewayAction.Resume && _session.CanResume;
            using var socket = new ClientWebSocket();
            try
            {
                var url = resume ? _session.ResumeUrl! : await GatewayUrlAsync(cancellationToken);
                await socket.ConnectAsync(WithQuery(url), cancellationToken);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or DiscordRestException && !cancellationToken.IsCancellationRequested)
            {
                LogConnectFailed(logger, e.Message, failures + 1);
                Readiness.Lost("connection failed, retrying");
                failures++;
                continue;
            }
            var connection = new GatewayConnection(socket, _session, settings.Token ?? "", time, new GatewaySendLimiter(time), handler, logger, Readiness);
            try
            {
                action = await connection.RunAsync(resume, cancellationToken);
            }
            finally
            {
                Readiness.Lost("connection closed, reconnecting");
            }
            failures = WasHealthy(connection) ? 0 : failures + 1;
        }
    }

    /// <summary>
    /// Only a session that stayed up for a minute resets the back-off: one that comes up and drops at once (a flapping
    /// gateway) would otherwise be reconnected to in a tight loop.
    /// </summary>
    private bool WasHealthy(GatewayConnection connection) =>
        connection.EstablishedAt is { } at && !connection.SessionInvalidated && time.GetUtcNow() - at >= HealthyAfter;

    private async Task<string> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (_gatewayUrl is not null)
            return _gatewayUrl;
        if (options.Value.GatewayUrl is { Length: > 0 } configured)
            return _gatewayUrl = configured;
        var result = await gatewayApi.GetGatewayBotAsync(cancellationToken);
        if (result.Error is { HttpStatus: 401 })
            throw new DiscordFatalException("Discord rejected the bot token (401 Unauthorized); check Discord:Token", null, authenticationFailed: true);
        return _gatewayUrl = result.GetValueOrThrow().Url;
    }

    private static Uri WithQuery(string url) => new(url.TrimEnd('/') + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "v=10&encoding=json");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway connection failed ({Reason}); attempt {Attempt}, backing off")]
    private static partial void LogConnectFailed(ILogger logger, string reason, int attempt);
}
