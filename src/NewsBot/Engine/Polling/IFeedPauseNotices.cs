namespace NewsBot.Engine.Polling;

/// <summary>
/// Tells the channels that follow a feed that it was paused. Delivery implements it: polling comes before delivery in
/// the engine and must not reference it.
/// </summary>
public interface IFeedPauseNotices
{
    /// <returns>How many channels were told.</returns>
    Task<int> WriteAsync(string feedUrl, string reason, int failures, DateTimeOffset pausedAt, CancellationToken cancellationToken);
}
