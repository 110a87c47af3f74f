namespace NewsBot.Tests.Commands;

/// <summary>
/// The system's clocks with a wall clock that a test can set back or forward, as a clock sync or a virtual machine resumed
/// from a snapshot does; the monotonic timestamp and the timers run on untouched.
/// </summary>
internal sealed class SettableWallClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Step(TimeSpan offset) => Interlocked.Add(ref _offsetTicks, offset.Ticks);
}
