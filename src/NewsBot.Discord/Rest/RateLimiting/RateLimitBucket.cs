namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>
/// One Discord bucket (route group + major parameter). Requests are admitted one at a time through a gate, so many
/// concurrent senders cannot overshoot: each takes a slot from Remaining, and when none is left the next in line waits
/// for the reset. Until the first response reveals the limits, only one request (the probe) is in flight.
/// Headers of concurrent responses arrive out of order, so Remaining only ever goes down within a window, and the
/// window is identified by the server's absolute reset so stale responses cannot reopen it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim that never exposes its wait handle holds nothing to dispose; limiters live as long as the process.")]
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _state = new();
    private bool _known;
    private bool _unlimited;
    private int _limit = 1;
    private int _remaining;
    private int _inFlight;
    private DateTimeOffset _pausedUntil;
    private DateTimeOffset? _resetAt;
    private double _windowId;
    private TimeSpan _windowLength = TimeSpan.FromSeconds(1);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<BucketLease> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        var keepGate = false;
        try
        {
            while (true)
            {
                Task wait;
                lock (_state)
                {
                    var now = time.GetUtcNow();
                    if (now < _pausedUntil)
                    {
                        wait = Task.Delay(_pausedUntil - now, time, cancellationToken);
                    }
                    else if (!_known || _unlimited)
                    {
                        keepGate = !_known;
                        _inFlight++;
                        return new BucketLease(this, IsProbe: !_known);
                    }
                    else
                    {
                        // A request still in flight may land in the new window, so it keeps its slot there.
                        if (_resetAt is { } due && now >= due)
                            (_remaining, _resetAt) = (Math.Max(0, _limit - _inFlight), null);
                        if (_remaining > 0)
                        {
                            _remaining--;
                            _inFlight++;
                            return new BucketLease(this, IsProbe: false);
                        }
                        // Nothing left: wait for the reset, or (window not yet dated) for a response that dates it.
                        wait = _resetAt is { } reset ? Task.Delay(reset - now, time, cancellationToken) : _changed.Task.WaitAsync(cancellationToken);
                    }
                }
                await wait;
            }
        }
        finally
        {
            if (!keepGate)
                _gate.Release();
        }
    }

    /// <summary>Records a response (headers may be null: a failure, or an unlimited route) and frees a probe's gate.</summary>
    public void Complete(BucketLease lease, RateLimitHeaders? headers, bool success)
    {
        lock (_state)
        {
            var now = time.GetUtcNow();
            _inFlight--;
            if (headers is null)
                CompleteWithoutHeaders(lease, success, now);
            else
                Apply(headers, now, consumedElsewhere: 0);
            Signal();
        }
        if (lease.IsProbe)
            _gate.Release();
    }

    /// <summary>
    /// Another route's first request turned out to share this bucket (same X-RateLimit-Bucket). Its request may not be
    /// counted in the headers this bucket has seen, so one more slot is assumed taken.
    /// </summary>
    public void AbsorbSharedProbe(RateLimitHeaders headers)
    {
        lock (_state)
        {
            Apply(headers, time.GetUtcNow(), consumedElsewhere: 1);
            Signal();
        }
    }

    /// <summary>
    /// Nothing in flight, no pause, and room left (or the window over): a fresh bucket would probe once and learn the same
    /// limits from the reply, so forgetting this one is safe.
    /// </summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_state)
            return _inFlight == 0 && now >= _pausedUntil && (_remaining > 0 || !_known || _unlimited || (_resetAt is { } reset && now >= reset));
    }

    /// <summary>A 429 for this bucket: nothing more until retry_after has passed.</summary>
    public void PauseFor(TimeSpan retryAfter)
    {
        lock (_state)
        {
            var until = time.GetUtcNow() + retryAfter;
            _remaining = 0;
            _resetAt = _resetAt is { } current && current > until ? current : until;
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }

    private void CompleteWithoutHeaders(BucketLease lease, bool success, DateTimeOffset now)
    {
        if (lease.IsProbe && success && !_known)
            (_known, _unlimited) = (true, true);
        // A request that failed without headers may still have counted; date the window so waiters are not stuck.
        else if (_known && _resetAt is null && _remaining == 0)
            _resetAt = now + _windowLength;
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private void Apply(RateLimitHeaders headers, DateTimeOffset now, int consumedElsewhere)
    {
        _limit = Math.Max(1, headers.Limit);
        _unlimited = false;
        if (headers.ResetAfter > _windowLength)
            _windowLength = headers.ResetAfter;
        if (!_known)
        {
            (_known, _remaining, _windowId, _resetAt) = (true, headers.Remaining, headers.ResetEpoch, now + headers.ResetAfter);
            return;
        }
        var local = _remaining - consumedElsewhere;
        if (headers.ResetEpoch > _windowId + 0.0005)
            (_windowId, _resetAt, _remaining) = (headers.ResetEpoch, now + headers.ResetAfter, Math.Max(0, Math.Min(local, headers.Remaining)));
        else if (headers.ResetEpoch >= _windowId - 0.0005)
            _remaining = Math.Max(0, Math.Min(local, headers.Remaining));
    }
}
