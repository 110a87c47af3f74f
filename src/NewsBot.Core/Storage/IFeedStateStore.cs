namespace NewsBot.Core.Storage;

public interface IFeedStateStore
{
    /// <summary>The saved state, or null for a feed never fetched.</summary>
    Task<FeedState?> GetAsync(string feedUrl, CancellationToken cancellationToken);

    /// <summary>Every feed ever fetched, by URL.</summary>
    Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the state of <see cref="FeedState.FeedUrl"/>.</summary>
    Task SaveAsync(FeedState state, CancellationToken cancellationToken);
}
