using NewsBot.Core.Topics;

namespace NewsBot.Core.Storage;

/// <summary>
/// A server following a feed through one or more of its topics. Pausing, resuming and notices belong to the subscription,
/// so one server cannot stop or restart another's feed; what fetching learns (validators, failures, back-off) belongs to
/// the feed and is shared (<see cref="FeedState"/>). A feed is polled while at least one of its subscriptions is active.
/// </summary>
/// <param name="GuildId">The server; <see cref="NoGuild"/> for settings topics whose channel was not looked up yet.</param>
public sealed record FeedSubscription(string GuildId, string FeedUrl)
{
    public const string NoGuild = "";

    public FeedPause? Pause { get; init; }

    public bool IsPaused => Pause is not null;

    /// <summary>The subscription key of a topic's server.</summary>
    public static string GuildOf(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.GuildId ?? NoGuild;
    }

    /// <summary>True when every subscription to the feed is paused, so nobody wants it polled; a feed nobody follows is not paused.</summary>
    public static bool AllPaused(IEnumerable<FeedSubscription> subscriptions)
    {
        var any = false;
        foreach (var subscription in subscriptions)
        {
            if (!subscription.IsPaused)
                return false;
            any = true;
        }
        return any;
    }
}
