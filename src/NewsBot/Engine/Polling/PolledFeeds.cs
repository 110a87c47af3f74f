using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Engine.Polling;

/// <summary>The feeds to poll: every topic's, once each however many topics and servers follow it, but none every server paused.</summary>
public static class PolledFeeds
{
    public static async Task<HashSet<string>> WantedAsync(IReadOnlyList<Topic> topics, IFeedSubscriptionStore subscriptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(subscriptions);
        var paused = (await subscriptions.ListAsync(null, cancellationToken))
            .GroupBy(s => s.FeedUrl, StringComparer.Ordinal)
            .Where(FeedSubscription.AllPaused)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return topics.SelectMany(t => t.Feeds).Where(f => !paused.Contains(f)).ToHashSet(StringComparer.Ordinal);
    }
}
