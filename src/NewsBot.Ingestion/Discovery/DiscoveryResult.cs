using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Discovery;

/// <summary>What one discovery found, best first, and every address it fetched.</summary>
/// <param name="PageIsFeed">The address given was itself a feed: <see cref="Feeds"/> holds it alone.</param>
/// <param name="Untried">Candidates left unfetched because <see cref="DiscoveryOptions.MaxRequests"/> was reached.</param>
public sealed record DiscoveryResult(
    Uri Page, IReadOnlyList<DiscoveredFeed> Feeds, IReadOnlyList<DiscoveryAttempt> Tried, bool PageIsFeed, int Untried)
{
    /// <summary>Why the page itself could not be fetched (refused, missing, too large…); null when it was read.</summary>
    public FetchException? PageFailure { get; init; }

    /// <summary>Requests made, the page's included: one per attempt.</summary>
    public int Requests => Tried.Count;
}
