using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Retention;

/// <summary>
/// Deletes what the retention settings no longer keep (articles with their text, seen identities, finished digests,
/// topic history, pauses of feeds a server no longer follows) and reports the database's size afterwards.
/// </summary>
public sealed partial class RetentionPruner(
    IRetentionStore store,
    IFeedSubscriptionStore subscriptions,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionPruner> logger)
{
    public async Task<PruneCounts> PruneAsync(CancellationToken cancellationToken)
    {
        var counts = await store.PruneAsync(options.Value.CutoffsAt(time.GetUtcNow()), cancellationToken);
        var pauses = await subscriptions.ForgetUnfollowedAsync(cancellationToken);
        LogPruned(counts.Articles, counts.SeenItems, counts.Digests, counts.Messages, counts.Changes, pauses, await store.MeasureAsync(cancellationToken));
        return counts;
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Pruned {Articles} articles, {SeenItems} seen items, {Digests} digests with {Messages} messages, {Changes} topic changes, {Pauses} pauses of unfollowed feeds; database now {Size}")]
    private partial void LogPruned(int articles, int seenItems, int digests, int messages, int changes, int pauses, DatabaseSize size);
}
