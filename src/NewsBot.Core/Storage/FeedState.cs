namespace NewsBot.Core.Storage;

/// <summary>What the poller remembers about a feed between fetches.</summary>
public sealed record FeedState
{
    public required string FeedUrl { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public int ConsecutiveFailures { get; init; }
    public bool IsPaused { get; init; }
    public DateTimeOffset? LastFetchedAt { get; init; }
    public DateTimeOffset? NextPollAt { get; init; }
}
