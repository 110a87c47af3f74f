namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps a connection under Discord's 120 sends per 60 s. Ordinary sends stop a few short of the limit so heartbeats,
/// which keep the session alive, always have room.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, TimeSpan? period = null)
{
    private const int HeartbeatReserve = 5;
    private readonly TimeSpan _period = period ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var allowed = heartbeat ? limit : limit - HeartbeatReserve;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && _sent.Peek() + _period <= now)
                    _sent.Dequeue();
                if (_sent.Count < allowed)
                {
                    _sent.Enqueue(now);
                    return;
                }
                wait = _sent.Peek() + _period - now;
            }
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
