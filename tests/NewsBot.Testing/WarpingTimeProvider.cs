namespace NewsBot.Testing;

/// <summary>
/// A clock that runs in real time but jumps forward whenever someone waits: a timer due in 2 s moves the clock 2 s ahead
/// and fires at once. Rate-limit windows of seconds then pass in milliseconds while every party that shares this clock
/// (client and fake server) still sees them in the same order. Only for code whose waits are all rate-limit waits.
/// </summary>
public sealed class WarpingTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
            return System.CreateTimer(callback, state, dueTime, period);
        var target = GetUtcNow() + dueTime;
        while (true)
        {
            var current = Interlocked.Read(ref _offsetTicks);
            var needed = (target - System.GetUtcNow()).Ticks;
            if (needed <= current || Interlocked.CompareExchange(ref _offsetTicks, needed, current) == current)
                break;
        }
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
