namespace NewsBot.Core.Feeds;

/// <summary>A parsed feed. <see cref="Warnings"/> says what was repaired or skipped.</summary>
public sealed record Feed
{
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Subtitle { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public required string Format { get; init; }
    public IReadOnlyList<FeedItem> Items { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Atom id of the feed, when it has one.</summary>
    public string? Id { get; init; }
    public string? Author { get; init; }
    public string? Rights { get; init; }
    public string? Generator { get; init; }
    public DateTimeOffset? Published { get; init; }
}
