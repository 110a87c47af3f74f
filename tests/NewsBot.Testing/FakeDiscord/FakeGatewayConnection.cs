using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>One client WebSocket on the fake gateway: serialized sends, close with a code, or a hard drop.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, Action abort)
{
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Lock _ending = new();

    public FakeGatewaySession? Session { get; set; }
    public DateTimeOffset LastHeartbeat { get; set; }
    public Queue<DateTimeOffset> ReceivedAt { get; } = new();
    public bool Closed { get; private set; }

    public Task SendAsync(JsonObject payload, CancellationToken cancellationToken) => SendTextAsync(payload.ToJsonString(), cancellationToken);

    public async Task SendTextAsync(string frame, CancellationToken cancellationToken = default)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (!Closed && socket.State == WebSocketState.Open)
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, cancellationToken);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            Closed = true;
        }
        finally
        {
            _sending.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _sending.WaitAsync();
        try
        {
            if (Closed)
                return;
            Closed = true;
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Cuts the TCP connection: the client sees no close frame, like a network drop.</summary>
    public void Drop()
    {
        lock (_ending)
        {
            if (Closed)
                return;
            Closed = true;
            try
            {
                abort();
            }
            catch (ObjectDisposedException)
            {
                // The request already ended.
            }
        }
    }

    /// <summary>Called as the request ends: Kestrel recycles the request's context afterwards, so aborting it then would fail.</summary>
    public void MarkEnded()
    {
        lock (_ending)
            Closed = true;
    }
}
