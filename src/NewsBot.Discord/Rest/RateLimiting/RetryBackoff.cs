namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>Exponential backoff with full jitter between half and all of the doubled delay, capped.</summary>
internal static class RetryBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan max, Random random)
    {
        var doubled = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(doubled, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + random.NextDouble() / 2));
    }
}
