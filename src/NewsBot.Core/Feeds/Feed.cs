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
}
