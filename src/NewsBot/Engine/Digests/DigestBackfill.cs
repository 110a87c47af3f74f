namespace NewsBot.Engine.Digests;

/// <summary>
/// How far before a new topic's creation its first digest reaches (the poller's backfill window, Polling:BackfillHours),
/// so a topic created today does not start with an empty digest.
/// </summary>
public sealed record DigestBackfill(TimeSpan Window)
{
    public static DigestBackfill FromHours(int hours) => new(TimeSpan.FromHours(hours));
}
