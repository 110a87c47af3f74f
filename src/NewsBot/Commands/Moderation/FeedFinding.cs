using NewsBot.Ingestion.Discovery;

namespace NewsBot.Commands.Moderation;

/// <summary>What a moderator's address led to: the feeds found (the address itself when it is one), or why none, worded for them.</summary>
internal sealed record FeedFinding(DiscoveryResult Discovery, string? Error)
{
    public IReadOnlyList<DiscoveredFeed> Feeds => Discovery.Feeds;

    public bool PageIsFeed => Discovery.PageIsFeed;
}
