namespace NewsBot.Engine.Polling;

/// <summary>
/// Tells the channels of the servers whose subscription to a feed was paused automatically. Delivery implements it: polling comes before delivery in
/// the engine and must not reference it.
/// </summary>
public interface IFeedPauseNotices
{
    /// <param name="guildIds">The servers whose subscription was paused (<see cref="NewsBot.Core.Storage.FeedSubscription.GuildId"/>).</param>
    /// <returns>How many channels were told.</returns>
    Task<int> WriteAsync(string feedUrl, IReadOnlyCollection<string> guildIds, string reason, int failures, DateTimeOffset pausedAt, CancellationToken cancellationToken);
}
