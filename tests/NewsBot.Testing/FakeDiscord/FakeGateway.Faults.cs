namespace NewsBot.Testing.FakeDiscord;

/// <summary>Faults a real gateway (or a proxy in front of it) can produce: malformed frames and a flapping connection.</summary>
public sealed partial class FakeGateway
{
    private string? _nextHello;

    /// <summary>Closes each connection (4000, resumable) right after READY or RESUMED, as a flapping gateway does.</summary>
    public bool FlapAfterEstablishing { get; set; }

    /// <summary>While true, every connection attempt is answered 503 instead of the WebSocket upgrade (a gateway that is down).</summary>
    public bool RefuseConnections { get; set; }

    /// <summary>Sends this text as one frame on the current connection, exactly as given (not JSON, wrong shapes…).</summary>
    public Task SendRawAsync(string frame) => Current?.SendTextAsync(frame) ?? Task.CompletedTask;

    /// <summary>The next connection's hello is this text instead of the proper one (e.g. without heartbeat_interval).</summary>
    public void SendNextHelloAs(string frame) => _nextHello = frame;

    internal bool Refused()
    {
        if (RefuseConnections)
            _events.Enqueue("refused");
        return RefuseConnections;
    }

    private string? TakeNextHello() => Interlocked.Exchange(ref _nextHello, null);

    private async Task FlapIfAskedAsync(FakeGatewayConnection connection)
    {
        if (FlapAfterEstablishing)
            await CloseAsync(connection, 4000, "Flapping");
    }
}
