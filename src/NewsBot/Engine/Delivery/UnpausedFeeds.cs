using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// A topic as its server sees it: without the feeds that server paused. Another server may keep such a feed polled, and
/// its stories must not reach the server that paused it.
/// </summary>
public sealed class UnpausedFeeds(IFeedSubscriptionStore subscriptions)
{
    public async Task<Topic> OfAsync(Topic topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var guild = FeedSubscription.GuildOf(topic);
        var paused = (await subscriptions.ListAsync(null, cancellationToken))
            .Where(s => s.IsPaused && s.GuildId == guild)
            .Select(s => s.FeedUrl)
            .ToHashSet(StringComparer.Ordinal);
        return paused.Count == 0 ? topic : topic with { Feeds = [.. topic.Feeds.Where(f => !paused.Contains(f))] };
    }
}
