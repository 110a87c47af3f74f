namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>
/// Discord's per-token ceiling (50 requests/s). A request holds a slot while in flight and for one window after its
/// response arrives: the server counts it on arrival, which is never later than our response, so the ceiling holds
/// whatever the latency. A global 429 pauses everything for its retry_after.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim that never exposes its wait handle holds nothing to dispose; limiters live as long as the process.")]
internal sealed class GlobalRateLimit(TimeProvider time, int limit = GlobalRateLimit.RequestsPerSecond)
{
    public const int RequestsPerSecond = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _state = new();
    private readonly Queue<DateTimeOffset> _completed = new();
    private int _inFlight;
    private DateTimeOffset _pausedUntil;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                Task wait;
                lock (_state)
                {
                    var now = time.GetUtcNow();
                    while (_completed.Count > 0 && _completed.Peek() + Window <= now)
                        _completed.Dequeue();
                    if (now < _pausedUntil)
                    {
                        wait = Task.Delay(_pausedUntil - now, time, cancellationToken);
                    }
                    else if (_inFlight + _completed.Count < limit)
                    {
                        _inFlight++;
                        return;
                    }
                    else
                    {
                        wait = _completed.Count > 0
                            ? Task.Delay(_completed.Peek() + Window - now, time, cancellationToken)
                            : _changed.Task.WaitAsync(cancellationToken);
                    }
                }
                await wait;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Complete()
    {
        lock (_state)
        {
            _inFlight--;
            _completed.Enqueue(time.GetUtcNow());
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void PauseFor(TimeSpan retryAfter)
    {
        lock (_state)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }
}
