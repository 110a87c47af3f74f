namespace NewsBot.Engine.Polling;

/// <summary>What one poll of a feed did.</summary>
/// <param name="NewArticles">Articles stored for delivery.</param>
/// <param name="BackfilledArticles">Articles stored from a first poll's backlog: searchable, never delivered.</param>
/// <param name="NotModified">The feed answered 304, so nothing was read.</param>
/// <param name="Paused">The feed is paused (it was already, or this failure paused it); nothing is fetched until resumed.</param>
/// <param name="NextPollAt">When the feed is due again; null when paused before this poll and never scheduled.</param>
/// <param name="Error">Why the poll failed, in one line; null on success.</param>
public sealed record FeedPollResult(
    int NewArticles,
    int BackfilledArticles,
    bool NotModified,
    bool Paused,
    DateTimeOffset? NextPollAt,
    string? Error)
{
    public bool Succeeded => Error is null && !Paused;
}
