namespace NewsBot.Core.Storage;

/// <summary>Deletes what the retention settings no longer keep, and measures the database.</summary>
public interface IRetentionStore
{
    /// <summary>
    /// Deletes articles, seen identities, finished digests with their messages and topic history older than the cutoffs.
    /// Never deletes an identity whose article is still stored, an undelivered message or its digest, or a topic's latest change.
    /// </summary>
    Task<PruneCounts> PruneAsync(RetentionCutoffs cutoffs, CancellationToken cancellationToken);

    Task<DatabaseSize> MeasureAsync(CancellationToken cancellationToken);
}
