namespace NewsBot.Core.Storage;

/// <summary>The servers' subscriptions to feeds (see <see cref="FeedSubscription"/>): which exist comes from the topics, their pauses are stored.</summary>
public interface IFeedSubscriptionStore
{
    /// <summary>One subscription per server and feed its topics follow, with its pause; only <paramref name="feedUrl"/>'s when given.</summary>
    Task<IReadOnlyList<FeedSubscription>> ListAsync(string? feedUrl, CancellationToken cancellationToken);

    /// <summary>Pauses the server's subscription; false when it was paused already (the first pause stays).</summary>
    Task<bool> PauseAsync(string guildId, string feedUrl, FeedPause pause, CancellationToken cancellationToken);

    /// <summary>Resumes the server's subscription; false when it was not paused.</summary>
    Task<bool> ResumeAsync(string guildId, string feedUrl, CancellationToken cancellationToken);

    /// <summary>Forgets the pauses of subscriptions no topic makes any more, so a feed added again later starts active.</summary>
    /// <returns>How many were forgotten.</returns>
    Task<int> ForgetUnfollowedAsync(CancellationToken cancellationToken);
}
