namespace NewsBot.Testing.Stores;

/// <summary>A clock the store contracts move by hand, so the stores' time stamps are known exactly.</summary>
public sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
