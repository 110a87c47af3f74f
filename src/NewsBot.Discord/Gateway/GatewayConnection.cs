using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: hello, identify or resume, heartbeats (first after interval × jitter, zombie detection
/// when an ACK is missing), dispatches, and the verdict on how it ended.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The send lock never exposes a wait handle; nothing to dispose.")]
internal sealed partial class GatewayConnection(
    ClientWebSocket socket, GatewaySession session, string token, TimeProvider time, GatewaySendLimiter limiter,
    IGatewayDispatchHandler? handler, ILogger logger, GatewayReadiness readiness)
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private readonly SemaphoreSlim _sending = new(1, 1);
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
            using var hello = await ReceiveAsync(connection.Token);
            if (hello is null || Op(hello.RootElement) != 10)
                return Ended();
            var interval = HeartbeatInterval(hello.RootElement);
            heartbeats = HeartbeatAsync(interval, connection);
            await SendAsync(resume ? ResumePayload() : IdentifyPayload(), heartbeat: false, connection.Token);
            while (true)
            {
                using var message = await ReceiveAsync(connection.Token);
                if (message is null)
                    return Ended();
                // Handlers get the bot's token, not this connection's: their replies go over REST, and a resume (after a
                // zombie connection on a loaded machine, say) must not cancel a command half-way, after its defer.
                if (await HandleAsync(message.RootElement, cancellationToken, connection.Token) is { } action)
                {
                    await CloseAsync();
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
            await CloseAsync();
            return session.CanResume ? GatewayAction.Resume : GatewayAction.Identify;
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeats.ContinueWith(_ => { }, TaskScheduler.Default);
            socket.Abort();
        }
    }

    private async Task<GatewayAction?> HandleAsync(JsonElement payload, CancellationToken handling, CancellationToken cancellationToken)
    {
        switch (Op(payload))
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
                await CloseAsync();
                await connection.CancelAsync();
                return;
            }
            _acknowledged = false;
            await SendHeartbeatAsync(connection.Token);
            await Task.Delay(interval, time, connection.Token);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["op"] = 1, ["d"] = session.Sequence }, heartbeat: true, cancellationToken);

    private JsonObject IdentifyPayload() => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            // Interactions belong to no intent; asking for nothing avoids privileged-intent closes (4014).
            ["intents"] = 0,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "NewsBot", ["device"] = "NewsBot" },
        },
    };

    private JsonObject ResumePayload() => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = session.SessionId, ["seq"] = session.Sequence },
    };

    private async Task SendAsync(JsonObject payload, bool heartbeat, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(heartbeat, cancellationToken);
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
                throw new WebSocketException("gateway message over 16 MiB");
            if (result.EndOfMessage)
                return JsonDocument.Parse(buffer.WrittenMemory);
        }
    }

    /// <summary>The server closed: fatal codes stop the bot, session-ending codes start a new one, the rest resume.</summary>
    private GatewayAction Ended()
    {
        var code = (int?)socket.CloseStatus ?? 1005;
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

    private async Task CloseAsync()
    {
        // Any code but 1000/1001 keeps the session resumable.
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync((WebSocketCloseStatus)4000, "reconnecting", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone; the socket is aborted next anyway.
        }
    }

    private static TimeSpan HeartbeatInterval(JsonElement hello) =>
        hello.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.Object
            && d.TryGetProperty("heartbeat_interval", out var ms) && ms.ValueKind == JsonValueKind.Number
            && ms.GetDouble() is > 0 and <= int.MaxValue
            ? TimeSpan.FromMilliseconds(ms.GetDouble())
            : throw new JsonException("hello without a usable heartbeat_interval");

    /// <summary>What reading a frame of the wrong shape throws: not JSON, a missing property, a wrong kind, a number out of range.</summary>
    private static bool IsMalformedFrame(Exception e) => e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException;

    private static int Op(JsonElement payload) => payload.TryGetProperty("op", out var op) && op.TryGetInt32(out var value) ? value : -1;
}
