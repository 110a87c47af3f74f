using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// The gateway's frames on one WebSocket: JSON out one at a time and within the send limit (heartbeats keep their own
/// share), whole JSON messages in up to 16 MiB, and the close that leaves the session resumable.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The send lock never exposes a wait handle; nothing to dispose.")]
internal sealed class GatewaySocket(ClientWebSocket socket, GatewaySendLimiter limiter)
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private readonly SemaphoreSlim _sending = new(1, 1);

    /// <summary>The code the server closed with; 1005 (no status) when it gave none.</summary>
    public int CloseCode => (int?)socket.CloseStatus ?? 1005;

    public async Task SendAsync(JsonObject payload, bool heartbeat, CancellationToken cancellationToken)
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

    /// <summary>The next message; null when the server closed.</summary>
    public async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
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

    public async Task CloseAsync()
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

    public void Abort() => socket.Abort();
}
