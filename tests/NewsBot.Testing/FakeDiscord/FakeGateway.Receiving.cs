using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Reading client payloads: size and send-rate limits, decode errors, and the heartbeat watchdog.</summary>
public sealed partial class FakeGateway
{
    private async Task ReceiveLoopAsync(WebSocket socket, FakeGatewayConnection connection, string resumeUrl, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        while (!connection.Closed)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage && message.Length <= 4096);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = (int?)result.CloseStatus ?? 1005;
                _events.Enqueue($"client-close:{code}");
                if (code is 1000 or 1001 && connection.Session is { } session)
                    session.Invalidated = true;
                return;
            }
            if (message.Length > 4096)
            {
                await CloseAsync(connection, 4002, "Payload too large");
                return;
            }
            if (TooManySends(connection))
            {
                await CloseAsync(connection, 4008, "Rate limited");
                return;
            }
            JsonObject? payload;
            try
            {
                payload = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray())) as JsonObject;
            }
            catch (JsonException)
            {
                payload = null;
            }
            if (payload is null)
            {
                await CloseAsync(connection, 4002, "Decode error");
                return;
            }
            await HandleAsync(connection, payload, resumeUrl, cancellationToken);
        }
    }

    private bool TooManySends(FakeGatewayConnection connection)
    {
        var now = _time.GetUtcNow();
        connection.ReceivedAt.Enqueue(now);
        while (connection.ReceivedAt.Peek() + _options.GatewaySendPeriod <= now)
            connection.ReceivedAt.Dequeue();
        return connection.ReceivedAt.Count > _options.GatewaySendLimit;
    }

    private async Task WatchHeartbeatsAsync(FakeGatewayConnection connection, CancellationToken cancellationToken)
    {
        var limit = _options.HeartbeatInterval * _options.HeartbeatTimeoutIntervals;
        try
        {
            while (!connection.Closed)
            {
                await Task.Delay(_options.HeartbeatInterval / 4, _time, cancellationToken);
                if (_time.GetUtcNow() - connection.LastHeartbeat > limit)
                {
                    await CloseAsync(connection, 4009, "Session timed out");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }
}
