namespace NewsBot.Engine.Polling;

/// <summary>How long a failing feed rests: the interval, doubled with every failure in a row, up to a cap.</summary>
public static class FeedBackoff
{
    public static TimeSpan Delay(int consecutiveFailures, TimeSpan interval, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(consecutiveFailures);
        // Past 2^30 the product overflows long before any sane cap; the cap wins anyway.
        var factor = Math.Pow(2, Math.Min(consecutiveFailures - 1, 30));
        var delay = interval.TotalMinutes * factor;
        return delay >= max.TotalMinutes ? max : TimeSpan.FromMinutes(delay);
    }
}
