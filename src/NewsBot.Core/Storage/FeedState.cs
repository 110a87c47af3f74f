namespace NewsBot.Core.Storage;

/// <summary>
/// What the poller remembers about a feed between fetches, shared by every server that follows it (pauses belong to each
/// server's <see cref="FeedSubscription"/>).
/// </summary>
public sealed record FeedState
{
    public required string FeedUrl { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public int ConsecutiveFailures { get; init; }
    public DateTimeOffset? LastFetchedAt { get; init; }
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Why the last fetch failed; null after a success.</summary>
    public string? LastError { get; init; }

    /// <summary>When the feed was last fetched successfully (a 304 counts).</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }
}
