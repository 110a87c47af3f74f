using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: hello, identify or resume, heartbeats (first after interval × jitter, zombie detection
/// when an ACK is missing), dispatches, and the verdict on how it ended.
/// </summary>
internal sealed partial class GatewayConnection(
    ClientWebSocket socket, GatewaySession session, string token, TimeProvider time, GatewaySendLimiter limiter,
    IGatewayDispatchHandler? handler, ILogger logger, GatewayReadiness readiness)
{
    private readonly GatewaySocket _socket = new(socket, limiter);
    private volatile bool _acknowledged = true;

    /// <summary>When READY or RESUMED arrived (the connection worked), on the client's clock; null if neither did.</summary>
    public DateTimeOffset? EstablishedAt { get; private set; }

    /// <summary>Discord said the session was invalid (op 9).</summary>
    public bool SessionInvalidated { get; private set; }

    public async Task<GatewayAction> RunAsync(bool resume, CancellationToken cancellationToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task heartbeats = Task.CompletedTask;
        try
        {
            using var hello = await _socket.ReceiveAsync(connection.Token);
            if (hello is null || GatewayPayloads.Op(hello.RootElement) != 10)
                return Ended();
            var interval = GatewayPayloads.HeartbeatInterval(hello.RootElement);
            heartbeats = HeartbeatAsync(interval, connection);
            var start = resume ? GatewayPayloads.Resume(token, session) : GatewayPayloads.Identify(token);
            await _socket.SendAsync(start, heartbeat: false, connection.Token);
            while (true)
            {
                using var message = await _socket.ReceiveAsync(connection.Token);
                if (message is null)
                    return Ended();
                // Handlers get the bot's token, not this connection's: their replies go over REST, and a resume (after a
                // zombie connection on a loaded machine, say) must not cancel a command half-way, after its defer.
                if (await HandleAsync(message.RootElement, cancellationToken, connection.Token) is { } action)
                {
                    await _socket.CloseAsync();
                    return action;
                }
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is WebSocketException or IOException or OperationCanceledException)
        {
            LogDropped(logger, e.GetType().Name);
            return session.CanResume ? GatewayAction.Resume : GatewayAction.Identify;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsMalformedFrame(e))
        {
            // One bad frame (a proxy's error page, a number out of range, a missing field) must not end the bot: the
            // session survives a client close other than 1000/1001, so reconnect and resume.
            LogMalformedFrame(logger, e.GetType().Name, e.Message);
            await _socket.CloseAsync();
            return session.CanResume ? GatewayAction.Resume : GatewayAction.Identify;
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeats.ContinueWith(_ => { }, TaskScheduler.Default);
            _socket.Abort();
        }
    }

    private async Task<GatewayAction?> HandleAsync(JsonElement payload, CancellationToken handling, CancellationToken cancellationToken)
    {
        switch (GatewayPayloads.Op(payload))
        {
            case 0:
                await DispatchAsync(payload, handling);
                return null;
            case 1:
                await SendHeartbeatAsync(cancellationToken);
                return null;
            case 7:
                LogReconnectRequested(logger);
                return GatewayAction.Resume;
            case 9:
                SessionInvalidated = true;
                var resumable = payload.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                LogInvalidSession(logger, resumable);
                if (resumable && session.CanResume)
                    return GatewayAction.Resume;
                session.Clear();
                return GatewayAction.Identify;
            case 11:
                _acknowledged = true;
                return null;
            default:
                return null;
        }
    }

    private async Task DispatchAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        // Everything is read before anything is kept: a malformed frame must leave the session as it was, resumable.
        var name = payload.GetProperty("t").GetString() ?? "";
        var data = payload.GetProperty("d");
        int? sequence = payload.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        var ready = name == "READY"
            ? (SessionId: data.GetProperty("session_id").GetString(), ResumeUrl: data.GetProperty("resume_gateway_url").GetString())
            : default;
        if (sequence is { } received)
            session.Sequence = received;
        if (name == "READY")
        {
            (session.SessionId, session.ResumeUrl) = ready;
            EstablishedAt = time.GetUtcNow();
            readiness.Established();
        }
        else if (name == "RESUMED")
        {
            EstablishedAt = time.GetUtcNow();
            readiness.Established();
        }

        if (handler is null)
            return;
        try
        {
            await handler.OnDispatchAsync(name, data.Clone(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogHandlerFailed(logger, name, e);
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        // The first beat waits a random fraction of the interval so reconnecting clients do not beat in lockstep.
        await Task.Delay(interval * Random.Shared.NextDouble(), time, connection.Token);
        while (!connection.IsCancellationRequested)
        {
            if (!_acknowledged)
            {
                LogZombie(logger);
                await _socket.CloseAsync();
                await connection.CancelAsync();
                return;
            }
            _acknowledged = false;
            await SendHeartbeatAsync(connection.Token);
            await Task.Delay(interval, time, connection.Token);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        _socket.SendAsync(GatewayPayloads.Heartbeat(session.Sequence), heartbeat: true, cancellationToken);

    /// <summary>The server closed: fatal codes stop the bot, session-ending codes start a new one, the rest resume.</summary>
    private GatewayAction Ended()
    {
        var code = _socket.CloseCode;
        if (GatewayCloseCodes.IsFatal(code))
        {
            throw new DiscordFatalException(
                $"Discord closed the gateway with code {code} ({GatewayCloseCodes.Describe(code)})", code, code == GatewayCloseCodes.AuthenticationFailed);
        }

        LogClosed(logger, code, GatewayCloseCodes.Describe(code));
        if (GatewayCloseCodes.EndsSession(code))
            session.Clear();
        return session.CanResume ? GatewayAction.Resume : GatewayAction.Identify;
    }

    /// <summary>What reading a frame of the wrong shape throws: not JSON, a missing property, a wrong kind, a number out of range.</summary>
    private static bool IsMalformedFrame(Exception e) => e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException;
}
