namespace NewsBot.Core.Storage;

/// <summary>Why and since when a server's subscription to a feed is paused.</summary>
/// <param name="At">When it was paused.</param>
/// <param name="Reason">The failure that paused it automatically; null for a moderator's pause.</param>
/// <param name="By">The moderator's user id; null when NewsBot paused it after repeated failures.</param>
public sealed record FeedPause(DateTimeOffset At, string? Reason, string? By)
{
    public bool IsAutomatic => By is null;
}
