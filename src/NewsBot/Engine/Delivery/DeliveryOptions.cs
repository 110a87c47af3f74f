using System.ComponentModel.DataAnnotations;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// The "Delivery" settings section: how long a destination that fails in a way that may pass (a 5xx, no answer) is
/// retried before its digest is given up. Other destinations never wait for it.
/// </summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Attempts at one message before its digest is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Hours after a digest was queued past which a failing send gives it up, whatever the attempts.</summary>
    [Range(1, 720)]
    public int MaxAgeHours { get; set; } = 24;

    /// <summary>The wait after the first failed attempt; it doubles with each further one.</summary>
    [Range(1, 3600)]
    public int RetryBaseSeconds { get; set; } = 60;

    /// <summary>The longest wait between two attempts.</summary>
    [Range(1, 1440)]
    public int MaxRetryDelayMinutes { get; set; } = 60;

    /// <summary>The wait after <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var doubled = RetryBaseSeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(doubled, MaxRetryDelayMinutes * 60.0));
    }
}
