namespace NewsBot.Testing;

/// <summary>
/// Real time that cannot jump: the wall clock is read once, then advanced by the monotonic timestamp. The machine's
/// wall clock can step (a virtual machine resumed from a snapshot is set to the host's time, a clock sync corrects it);
/// a test that stores an article and then asks for "the last 24 hours" must not lose it to such a step. Timers are the
/// source's own, which run on the monotonic clock anyway.
/// </summary>
public sealed class SteadyTimeProvider : TimeProvider
{
    private readonly TimeProvider _source;
    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp;

    /// <param name="source">The clock to anchor on and measure with; the system clock unless a test fakes one.</param>
    public SteadyTimeProvider(TimeProvider? source = null)
    {
        _source = source ?? System;
        _start = _source.GetUtcNow();
        _startTimestamp = _source.GetTimestamp();
    }

    public override DateTimeOffset GetUtcNow() => _start + _source.GetElapsedTime(_startTimestamp);

    public override long GetTimestamp() => _source.GetTimestamp();

    public override long TimestampFrequency => _source.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _source.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _source.CreateTimer(callback, state, dueTime, period);
}
