namespace NewsBot.Core.Feeds;

/// <summary>One entry of a feed, as published. <see cref="Id"/> is stable across polls.</summary>
public sealed record FeedItem
{
    /// <summary>guid/id, else the link, else a hash of title and date.</summary>
    public required string Id { get; init; }
    public string? Title { get; init; }
    /// <summary>Absolute link to the article (relative links resolved against the feed's address).</summary>
    public string? Link { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? Rights { get; init; }
}
