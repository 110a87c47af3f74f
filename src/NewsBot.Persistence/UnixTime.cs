namespace NewsBot.Persistence;

internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    /// <summary>
    /// A digest window's bound in stamp units, rounded up: stamps are cut to the millisecond, so with the bound cut too a
    /// sighting stamped earlier in the millisecond a window ends would miss that window (a /digest asked for right after
    /// an article was stored showed one story fewer). Every bound and the sighting floor round the same way, so windows
    /// still meet without a gap or an overlap.
    /// </summary>
    public static long ToWindowBound(DateTimeOffset time)
    {
        var milliseconds = time.ToUnixTimeMilliseconds();
        return time.UtcTicks % TimeSpan.TicksPerMillisecond == 0 ? milliseconds : milliseconds + 1;
    }

    public static object ToDbValue(DateTimeOffset? time) => time is { } value ? value.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset FromMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
